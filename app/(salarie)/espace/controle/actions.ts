"use server";
import { z } from "zod";
import { controllerAction } from "@/lib/safe-action";
import { checkAtGate } from "@/lib/passports/check-at-gate";

export const checkPassportAction = controllerAction(
  z.object({ value: z.string().trim().min(1, "Saisissez un numéro de passeport.").max(300, "Saisie trop longue.") }),
  async ({ value }, { viewer }) => checkAtGate(viewer, value),
);
