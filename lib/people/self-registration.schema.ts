import { z } from "zod";

// A4: "Je m'inscris au Passeport Sécurité". Shared by the public form and its server action.
const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Saisissez votre ${label}.`)
    .max(80, `Votre ${label} ne peut pas dépasser 80 caractères.`)
    // names end up in e-mail subjects: no line breaks or other control characters
    .regex(/^[^\p{Cc}]*$/u, `Votre ${label} contient des caractères non autorisés.`);

const answer = z.boolean({ error: "Répondez à la question." });

// refinements run together with the field checks, so that every error shows at once
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const selfRegistrationSchema = z
  .object({
    firstName: name("prénom"),
    lastName: name("nom"),
    email: z.string().trim().toLowerCase().max(254, "Adresse e-mail trop longue."),
    emailConfirmation: z.string().trim().toLowerCase().max(254, "Adresse e-mail trop longue."),
    companyId: z.string().trim().min(1, "Choisissez votre entreprise dans la liste.").max(40, "Choisissez votre entreprise dans la liste."),
    isHauler: answer,
    isTechnical: answer,
    challenge: z.string().min(1, "La vérification anti-robot n'est pas terminée.").max(200),
    nonce: z.string().min(1, "La vérification anti-robot n'est pas terminée.").max(32),
  })
  .superRefine((v, ctx) => {
    if (!z.email().safeParse(v.email ?? "").success) {
      ctx.addIssue({
        code: "custom",
        path: ["email"],
        message: v.email ? "Cette adresse e-mail n'est pas valide." : "Saisissez votre adresse e-mail.",
      });
    } else if (v.email !== v.emailConfirmation) {
      ctx.addIssue({ code: "custom", path: ["emailConfirmation"], message: "Les deux adresses e-mail ne sont pas identiques." });
    }
  }, always);

export type SelfRegistrationFormInput = z.input<typeof selfRegistrationSchema>;
export type SelfRegistrationInput = z.output<typeof selfRegistrationSchema>;
