import { z } from "zod";
import { isValidSiret, isValidVat, normalizeSiret, normalizeVat } from "@/lib/companies/identifiers";
import { REGIONS } from "@/lib/companies/regions";
import { checkNewPassword } from "@/lib/auth/password-policy";
import type { Region } from "@/lib/generated/prisma/enums";

const text = (message: string) => z.string().trim().min(1, message).max(120, "Ce champ ne peut pas dépasser 120 caractères.");

// Shared by registration (A2) and "INFORMATIONS DE L'ENTREPRISE" (B2).
const companyFields = {
  useVat: z.boolean(),
  siret: z.string().trim().optional(),
  vatNumber: z.string().trim().optional(),
  name: text("Saisissez le nom de l'entreprise."),
  regions: z.array(z.enum(REGIONS as [string, ...string[]])).min(1, "Sélectionnez au moins une région d'intervention."),
  referentLastName: text("Saisissez le nom du référent."),
  referentFirstName: text("Saisissez le prénom du référent."),
  referentEmail: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase(),
};

type Fields = {
  useVat?: unknown;
  siret?: unknown;
  vatNumber?: unknown;
  newPassword?: unknown;
  passwordConfirmation?: unknown;
  name?: unknown;
  referentEmail?: unknown;
  referentFirstName?: unknown;
  referentLastName?: unknown;
};

// refinements also see values of the wrong type (their field has its own error): read them safely
const str = (v: unknown) => (typeof v === "string" ? v : "");

function checkIdentifiers(v: Fields, ctx: z.RefinementCtx) {
  if (v.useVat !== true && !isValidSiret(str(v.siret))) {
    ctx.addIssue({
      code: "custom",
      path: ["siret"],
      message: "Le numéro de SIRET doit comporter 14 chiffres valides (exemple : 14809248896896).",
    });
  }
  if (v.useVat === true && !isValidVat(str(v.vatNumber))) {
    ctx.addIssue({
      code: "custom",
      path: ["vatNumber"],
      message: "Ce numéro de TVA intracommunautaire n'est pas valide (exemple : FR40303265045).",
    });
  }
}

/** The company login's new password: the referent's name, e-mail and the company name are personal words. */
function checkPassword(v: Fields, ctx: z.RefinementCtx) {
  return checkNewPassword(ctx, {
    password: str(v.newPassword),
    confirmation: str(v.passwordConfirmation),
    passwordPath: "newPassword",
    confirmationPath: "passwordConfirmation",
    userInputs: [str(v.referentEmail), str(v.referentFirstName), str(v.referentLastName), str(v.name)],
  });
}

// refinements run together with the field checks, so that every error shows at once
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

function normalized<T extends { useVat: boolean; siret?: string; vatNumber?: string }>(v: T) {
  return { ...v, siret: v.useVat ? null : normalizeSiret(v.siret!), vatNumber: v.useVat ? normalizeVat(v.vatNumber!) : null };
}

/** The Company columns both forms write. */
export function companyColumns(v: {
  name: string;
  siret: string | null;
  vatNumber: string | null;
  regions: string[];
  referentLastName: string;
  referentFirstName: string;
  referentEmail: string;
}) {
  return {
    name: v.name,
    siret: v.siret,
    vatNumber: v.vatNumber,
    regions: v.regions as Region[],
    referentLastName: v.referentLastName,
    referentFirstName: v.referentFirstName,
    referentEmail: v.referentEmail,
  };
}

export const companyInfoSchema = z
  .object({
    ...companyFields,
    newPassword: z.string().optional(),
    passwordConfirmation: z.string().optional(),
    /** issue 17, item 4: asked to change the login's e-mail or password (checked by the server) */
    currentPassword: z.string().max(200, "Mot de passe trop long.").optional(),
  })
  .superRefine(async (v, ctx) => {
    checkIdentifiers(v, ctx);
    if (v.newPassword) {
      await checkPassword(v, ctx);
      if (!v.currentPassword)
        ctx.addIssue({ code: "custom", path: ["currentPassword"], message: "Saisissez votre mot de passe actuel pour le changer." });
    }
  }, always)
  .transform(normalized);

export type CompanyInfoFormInput = z.input<typeof companyInfoSchema>;
export type CompanyInfoInput = z.output<typeof companyInfoSchema>;

export const registrationSchema = z
  .object({
    ...companyFields,
    referentEmailConfirmation: z.string().trim().toLowerCase(),
    newPassword: z.string(),
    passwordConfirmation: z.string(),
    challenge: z.string().min(1, "La vérification anti-robot n'est pas terminée.").max(200),
    nonce: z.string().min(1, "La vérification anti-robot n'est pas terminée.").max(32),
  })
  .superRefine(async (v, ctx) => {
    checkIdentifiers(v, ctx);
    if ((v as { referentEmail?: string }).referentEmail !== v.referentEmailConfirmation) {
      ctx.addIssue({ code: "custom", path: ["referentEmailConfirmation"], message: "Les deux adresses e-mail ne sont pas identiques." });
    }
    await checkPassword(v, ctx);
  }, always)
  .transform(normalized);

export type RegistrationFormInput = z.input<typeof registrationSchema>;
export type RegistrationInput = z.output<typeof registrationSchema>;

export const domainChangeSchema = z.object({
  from: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Saisissez un nom de domaine, par exemple ancienne-entreprise.fr."),
  to: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "Saisissez un nom de domaine, par exemple nouvelle-entreprise.fr."),
});
