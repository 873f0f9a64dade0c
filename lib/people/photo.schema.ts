import { z } from "zod";

const photo = z.instanceof(Blob, { message: "Choisissez une photo." });

export const myPhotoSchema = z.object({ photo });
export const employeePhotoSchema = z.object({ personId: z.string().min(1).max(40), photo });
export const photoDecisionSchema = z.object({ personId: z.string().min(1).max(40), decision: z.enum(["approve", "refuse"]) });
