import { z } from "zod";

const name = (label: string) =>
  z.string().trim().min(1, `Saisissez le ${label}.`).max(80, `Le ${label} ne peut pas dépasser 80 caractères.`);

const answer = z.boolean({ error: "Répondez à la question." });

/** JJ/MM/AAAA → Date (UTC midnight), or null when not a real calendar date. */
export function parseFrenchDate(value: string): Date | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const [, d, mo, y] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

// B4/B5: "INSCRIRE UN NOUVEAU SALARIÉ".
export const employeeSchema = z
  .object({
    firstName: name("prénom"),
    lastName: name("nom"),
    noEmail: z.boolean(),
    email: z.string().trim().toLowerCase().max(254, "Adresse e-mail trop longue.").optional(),
    isHauler: answer,
    isTechnical: answer,
    isTrainer: answer,
    isController: answer,
    hasSnbpe: answer,
    snbpeObtainedAt: z.string().trim().optional(),
  })
  .superRefine(
    (v, ctx) => {
      if (v.noEmail !== true && !z.email().safeParse(v.email ?? "").success) {
        ctx.addIssue({
          code: "custom",
          path: ["email"],
          message: v.email
            ? "Cette adresse e-mail n'est pas valide."
            : "Saisissez l'adresse e-mail, ou choisissez « Pas d'adresse e-mail ? ».",
        });
      }
      if (v.hasSnbpe) {
        // refinements also see values of the wrong type (their field has its own error)
        const date = typeof v.snbpeObtainedAt === "string" ? parseFrenchDate(v.snbpeObtainedAt) : null;
        if (!date)
          ctx.addIssue({ code: "custom", path: ["snbpeObtainedAt"], message: "Saisissez la date d'obtention au format JJ/MM/AAAA." });
        else if (date.getTime() > Date.now())
          ctx.addIssue({ code: "custom", path: ["snbpeObtainedAt"], message: "La date d'obtention ne peut pas être dans le futur." });
      }
      // run with the field checks, so that every error shows at once
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type EmployeeInput = z.infer<typeof employeeSchema>;

// B7: "Modifier un salarié".
export const employeeUpdateSchema = z.object({
  personId: z.string().min(1).max(40),
  firstName: name("prénom"),
  lastName: name("nom"),
  profileCode: z.enum(["ADMINISTRATIF", "TECHNIQUE", "TRANSPORTEUR"], { error: "Choisissez un profil." }),
  /** G1: designate (or withdraw) trainers and controllers */
  isTrainer: z.boolean(),
  isController: z.boolean(),
});
