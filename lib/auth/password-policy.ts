// The password rule, shared by every form that sets a password (registrations, first
// connection, reset, referent invitation, company information, MES INFORMATIONS, split
// spaces) and by their server actions: at least 12 characters, and a strength estimate of 3
// out of 4 or more (zxcvbn: over 10⁸ guesses for an attacker who tries the common
// passwords, French and English words, names, dates, keyboard patterns and the user's own
// name and e-mail first). The estimator's dictionaries load on first use, in the browser as
// a separate chunk: the rule is async, so schemas using it are parsed with parseAsync
// (zodResolver and the action clients do).
import { z } from "zod";
import type { Register } from "@/lib/auth/password-strength";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn score required: 3 = "safely unguessable" against an online attack and a slow hash */
export const PASSWORD_MIN_SCORE = 3;

const NNBSP = "\u202f";

export const PASSWORD_RULE: Record<Register, string> = {
  vous: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Le plus sûr${NNBSP}: plusieurs mots sans lien entre eux. Évitez votre nom, votre e-mail, les dates, les suites du clavier et les mots de passe courants.`,
  tu: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Le plus sûr${NNBSP}: plusieurs mots sans lien entre eux. Évite ton nom, ton e-mail, les dates, les suites du clavier et les mots de passe courants.`,
};

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`)
  .max(PASSWORD_MAX_LENGTH, `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);

const loadEstimator = () => import("@/lib/auth/password-strength");

/** null when the password is strong enough, otherwise the French reason. */
export async function passwordStrengthIssue(
  password: string,
  userInputs: (string | null | undefined)[] = [],
  register: Register = "vous",
): Promise<string | null> {
  const { estimatePassword } = await loadEstimator();
  const strength = estimatePassword(password, userInputs, register);
  if (strength.score >= PASSWORD_MIN_SCORE) return null;
  const why = strength.warning ? `${NNBSP}: ${strength.warning}.` : ".";
  const advice =
    strength.suggestions[0] ?? (register === "tu" ? "Ajoute un ou deux mots peu courants." : "Ajoutez un ou deux mots peu courants.");
  return `Ce mot de passe est trop facile à deviner${why} ${advice}`;
}

/** The whole rule on one password: length first, then strength. null when accepted. */
export async function newPasswordIssue(password: string, userInputs: (string | null | undefined)[] = [], register: Register = "vous") {
  const shape = newPasswordSchema.safeParse(password);
  if (!shape.success) return shape.error.issues[0].message;
  return passwordStrengthIssue(password, userInputs, register);
}

/**
 * For object schemas: checks a new password (length, strength with the form's personal
 * words) and its confirmation, and adds the issues at their fields.
 */
export async function checkNewPassword(
  ctx: z.RefinementCtx,
  input: {
    password: string | undefined;
    confirmation: string | undefined;
    passwordPath: string;
    confirmationPath: string;
    userInputs?: (string | null | undefined)[];
    register?: Register;
  },
) {
  const issue = await newPasswordIssue(input.password ?? "", input.userInputs, input.register);
  if (issue) ctx.addIssue({ code: "custom", path: [input.passwordPath], message: issue });
  else if (input.password !== input.confirmation)
    ctx.addIssue({ code: "custom", path: [input.confirmationPath], message: "Les deux mots de passe ne sont pas identiques." });
}
