// B4–B6: a referent registers an employee. Account, person, SNBPE record, first-connection
// link, e-mails and audit entry are written in one transaction: all of it or none of it.
// Issue 14: the rows of one employee are built by employeeRecords(), which the spreadsheet
// import (lib/people/import-employees.ts) uses too, so that both follow the same rules.
import "server-only";
import { randomBytes } from "node:crypto";
import { newPersonData } from "@/lib/people/person-data";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { newPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail, type EmailInput } from "@/lib/mail/enqueue-email";
import { audit, type AuditEntry } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { freeUniqueId } from "@/lib/people/unique-id";
import { profileCodeFor } from "@/lib/people/profile-rule";
import { parseFrenchDate, type EmployeeInput } from "@/lib/people/employee.schema";
import { expiryFrom } from "@/lib/passports/issue-passport";
import { requestAccreditation } from "@/lib/people/trainer-accreditation";

/** SNBPE passports are valid three years, like ours (SNBPE's own rule). */
export const SNBPE_VALIDITY_MONTHS = 36;

export const EMAIL_ALREADY_USED =
  "Cette adresse e-mail est déjà utilisée par un autre compte. Une adresse ne peut appartenir qu'à un seul compte : utilisez « Pas d'adresse e-mail ? » pour créer un compte avec un ID unique.";

export type EmployeeCompany = { id: string; name: string; referentEmail: string };
export type EmployeeProfile = { id: string; name: string; modules: { moduleId: string; module: { snbpeCommon: boolean } }[] };

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
/** A row id of the shape of Prisma's cuid ids (`isId`), made here when rows are written in bulk. */
export function newRowId() {
  const bytes = randomBytes(24);
  return "c" + Array.from(bytes, (b) => ALPHABET[b % 36]).join("");
}

export const loadCompany = (tx: Tx, companyId: string): Promise<EmployeeCompany> =>
  tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { id: true, name: true, referentEmail: true } });

export const loadProfile = (tx: Tx, code: string): Promise<EmployeeProfile> =>
  tx.profile.findUniqueOrThrow({
    where: { code },
    select: { id: true, name: true, modules: { select: { moduleId: true, module: { select: { snbpeCommon: true } } } } },
  });

/**
 * Every row one new employee is made of, not yet written: account, person, SNBPE record,
 * first-connection link, e-mails, audit entry. `referentCopy: false` leaves out the referent's
 * copy "Compte créé" of an employee who has an e-mail (an import sends one summary instead);
 * an employee without e-mail always sends the referent the link, which nobody else gets.
 */
export function employeeRecords(p: {
  actorAccountId: string;
  company: EmployeeCompany;
  profile: EmployeeProfile;
  input: EmployeeInput;
  uniqueId: string | null;
  now: Date;
  referentCopy?: boolean;
}) {
  const { input, company, profile, now } = p;
  const email = input.noEmail ? null : input.email!.toLowerCase();
  const accountId = newRowId();
  const personId = newRowId();
  const account = { id: accountId, email, uniqueId: p.uniqueId, mustSetPassword: true };
  const person = {
    id: personId,
    ...newPersonData({
      accountId,
      companyId: company.id,
      firstName: input.firstName,
      lastName: input.lastName,
      profileId: profile.id,
      isHauler: input.isHauler,
      isTechnical: input.isTechnical,
      roles: input.isController ? ["CONTROLLER"] : [],
      origin: "COMPANY",
    }),
  };

  let snbpe: { validated: number; valid: boolean } | null = null;
  let snbpeRow = null;
  if (input.hasSnbpe) {
    const obtainedAt = parseFrenchDate(input.snbpeObtainedAt!)!;
    const expiresAt = expiryFrom(obtainedAt, SNBPE_VALIDITY_MONTHS);
    const valid = expiresAt > now;
    const validatedModuleIds = valid ? profile.modules.filter((m) => m.module.snbpeCommon).map((m) => m.moduleId) : [];
    snbpeRow = { personId, obtainedAt, expiresAt, linkedById: p.actorAccountId, validatedModuleIds };
    snbpe = { validated: validatedModuleIds.length, valid };
  }

  const { token, data: passwordToken } = newPasswordToken({
    accountId,
    purpose: "FIRST_LOGIN",
    sentTo: email ?? company.referentEmail,
    now,
  });
  const link = passwordLink(token);
  const who = `${input.firstName} ${input.lastName.toUpperCase()}`;
  const emails: EmailInput[] = [];
  if (!email || p.referentCopy !== false)
    emails.push({
      to: company.referentEmail,
      template: "employee-created-referent",
      subject: `Compte créé : ${who}`,
      paragraphs: email
        ? [
            `Le compte de ${who} (profil ${profile.name}) a bien été créé.`,
            `Un courriel lui a été envoyé à ${email} pour définir son mot de passe.`,
          ]
        : [
            `Le compte de ${who} (profil ${profile.name}) a bien été créé. Ce salarié n'a pas d'adresse e-mail : transmettez-lui ses identifiants.`,
            `Identifiant de connexion (ID unique) : ${p.uniqueId}`,
            "Le lien ci-dessous lui permet de choisir son mot de passe. Il est valable 72 heures et ne sert qu'une fois.",
          ],
      action: email ? undefined : { label: "Définir le mot de passe", url: link },
    });
  if (email)
    emails.push({
      to: email,
      template: "employee-created",
      subject: "Votre compte Passeport Sécurité",
      paragraphs: [
        `Bonjour ${input.firstName},`,
        `${company.name} vous a inscrit(e) sur le Passeport Sécurité de l'UNPG (profil ${profile.name}).`,
        "Choisissez votre mot de passe avec le lien ci-dessous (valable 72 heures), puis connectez-vous avec votre adresse e-mail pour suivre votre sensibilisation.",
      ],
      action: { label: "Définir mon mot de passe", url: link },
    });
  const auditEntry: AuditEntry = {
    actorAccountId: p.actorAccountId,
    action: "employee.created",
    targetType: "Person",
    targetId: personId,
    companyId: company.id,
    data: { profile: profile.name, controller: input.isController, trainerRequested: input.isTrainer, withEmail: Boolean(email), snbpe },
  };
  return { account, person, snbpeRow, snbpe, passwordToken, emails, auditEntry, email };
}

export async function createEmployee(viewer: Viewer, input: EmployeeInput, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const email = input.noEmail ? null : input.email!.toLowerCase();

  return db.$transaction(async (tx) => {
    const company = await loadCompany(tx, companyId);
    if (email && (await tx.account.findUnique({ where: { email }, select: { id: true } }))) {
      throw new UserFacingError("Cette adresse e-mail est déjà utilisée.", { email: EMAIL_ALREADY_USED });
    }
    const uniqueId = email ? null : await freeUniqueId(tx);
    const profile = await loadProfile(tx, profileCodeFor(input));
    const records = employeeRecords({ actorAccountId: viewer.accountId, company, profile, input, uniqueId, now });
    await tx.account.create({ data: records.account, select: { id: true } });
    await tx.person.create({ data: records.person, select: { id: true } });
    if (records.snbpeRow) await tx.snbpePassport.create({ data: records.snbpeRow });

    // the trainer role is only asked for: an administrator approves it (issue 17)
    if (input.isTrainer) await requestAccreditation(tx, { personId: records.person.id, requestedById: viewer.accountId, companyId }, now);

    await tx.passwordToken.create({ data: records.passwordToken, select: { id: true } });
    for (const mail of records.emails) await enqueueEmail(tx, mail);
    await audit(tx, records.auditEntry);
    return { personId: records.person.id, uniqueId, profileName: profile.name, snbpe: records.snbpe };
  });
}
