import { z } from "zod";
import { isValidSiret, isValidVat, normalizeSiret, normalizeVat } from "@/lib/companies/identifiers";
import { REGIONS } from "@/lib/companies/regions";
import { newPasswordSchema } from "@/lib/auth/password-policy";

const text = (message: string) => z.string().trim().min(1, message).max(120, "Ce champ ne peut pas dépasser 120 caractères.");

// B2 "INFORMATIONS DE L'ENTREPRISE" (and, with the password required, A2 registration).
export const companyInfoSchema = z
  .object({
    useVat: z.boolean(),
    siret: z.string().trim().optional(),
    vatNumber: z.string().trim().optional(),
    name: text("Saisissez le nom de l'entreprise."),
    regions: z.array(z.enum(REGIONS as [string, ...string[]])).min(1, "Sélectionnez au moins une région d'intervention."),
    referentLastName: text("Saisissez le nom du référent."),
    referentFirstName: text("Saisissez le prénom du référent."),
    referentEmail: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase(),
    newPassword: z.string().optional(),
    passwordConfirmation: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.useVat !== true && !isValidSiret(v.siret ?? "")) {
      ctx.addIssue({ code: "custom", path: ["siret"], message: "Le numéro de SIRET doit comporter 14 chiffres valides (exemple : 14809248896896)." });
    }
    if (v.useVat === true && !isValidVat(v.vatNumber ?? "")) {
      ctx.addIssue({ code: "custom", path: ["vatNumber"], message: "Ce numéro de TVA intracommunautaire n'est pas valide (exemple : FR40303265045)." });
    }
    if (v.newPassword) {
      const strong = newPasswordSchema.safeParse(v.newPassword);
      if (!strong.success) ctx.addIssue({ code: "custom", path: ["newPassword"], message: strong.error.issues[0].message });
      else if (v.newPassword !== v.passwordConfirmation) ctx.addIssue({ code: "custom", path: ["passwordConfirmation"], message: "Les deux mots de passe ne sont pas identiques." });
    }
  }, { when: (payload) => typeof payload.value === "object" && payload.value !== null })
  .transform((v) => ({
    ...v,
    siret: v.useVat ? null : normalizeSiret(v.siret!),
    vatNumber: v.useVat ? normalizeVat(v.vatNumber!) : null,
  }));

export type CompanyInfoFormInput = z.input<typeof companyInfoSchema>;
export type CompanyInfoInput = z.output<typeof companyInfoSchema>;

export const domainChangeSchema = z.object({
  from: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Saisissez un nom de domaine, par exemple ancienne-entreprise.fr."),
  to: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Saisissez un nom de domaine, par exemple nouvelle-entreprise.fr."),
});
