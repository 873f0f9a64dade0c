import { z } from "zod";
import { REGIONS } from "@/lib/companies/regions";
import type { Region } from "@/lib/generated/prisma/enums";

/** The roles a message can target (H6), as the administrators read them. */
export const MESSAGE_ROLES = {
  REFERENT: "Référents d'entreprises sous-traitantes",
  MEMBER: "Entreprises adhérentes",
  TRAINER: "Formateurs",
  CONTROLLER: "Contrôleurs",
  LEARNER: "Salariés (apprenants)",
} as const;
export type MessageRole = keyof typeof MESSAGE_ROLES;

export const targetingSchema = z.object({
  roles: z.array(z.enum(Object.keys(MESSAGE_ROLES) as [MessageRole, ...MessageRole[]])).max(5),
  companyKinds: z.array(z.enum(["SUBCONTRACTOR", "MEMBER"])).max(2),
  regions: z.array(z.enum(REGIONS as [Region, ...Region[]])).max(REGIONS.length),
  profileIds: z.array(z.string().min(1).max(40)).max(20),
});
export type Targeting = z.infer<typeof targetingSchema>;

export const messageSchema = targetingSchema.extend({
  title: z.string().trim().min(3, "Un titre d'au moins 3 caractères.").max(120, "120 caractères au plus."),
  body: z.string().trim().min(1, "Écrivez le message.").max(10_000, "10 000 caractères au plus."),
  /** "" or absent: now; otherwise a local Paris date-time "YYYY-MM-DDTHH:mm" */
  scheduledFor: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, "Date et heure invalides.")
    .optional(),
});
export type MessageInput = z.infer<typeof messageSchema>;
