// B4–B6: a referent registers an employee. Account, person, SNBPE record, first-connection
// link, e-mails and audit entry are written in one transaction: all of it or none of it.
import "server-only";
import { newPersonData } from "@/lib/people/person-data";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { freeUniqueId } from "@/lib/people/unique-id";
import { profileCodeFor } from "@/lib/people/profile-rule";
import { parseFrenchDate, type EmployeeInput } from "@/lib/people/employee.schema";
import { expiryFrom } from "@/lib/passports/issue-passport";
import { requestAccreditation } from "@/lib/people/trainer-accreditation";

/** SNBPE passports are valid three years, like ours (SNBPE's own rule). */
export const SNBPE_VALIDITY_MONTHS = 36;

export async function createEmployee(viewer: Viewer, input: EmployeeInput, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const email = input.noEmail ? null : input.email!.toLowerCase();

  return db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { name: true, referentEmail: true, kind: true },
    });
    if (email && (await tx.account.findUnique({ where: { email }, select: { id: true } }))) {
      throw new UserFacingError("Cette adresse e-mail est déjà utilisée.", {
        email:
          "Cette adresse e-mail est déjà utilisée par un autre compte. Une adresse ne peut appartenir qu'à un seul compte : utilisez « Pas d'adresse e-mail ? » pour créer un compte avec un ID unique.",
      });
    }
    const uniqueId = email ? null : await freeUniqueId(tx);
    const profile = await tx.profile.findUniqueOrThrow({
      where: { code: profileCodeFor(input) },
      select: { id: true, name: true, modules: { select: { moduleId: true, module: { select: { snbpeCommon: true } } } } },
    });
    const account = await tx.account.create({ data: { email, uniqueId, mustSetPassword: true }, select: { id: true } });
    const person = await tx.person.create({
      data: newPersonData({
        accountId: account.id,
        companyId,
        firstName: input.firstName,
        lastName: input.lastName,
        profileId: profile.id,
        isHauler: input.isHauler,
        isTechnical: input.isTechnical,
        roles: input.isController ? ["CONTROLLER"] : [],
        origin: "COMPANY",
      }),
      select: { id: true },
    });

    let snbpe: { validated: number; valid: boolean } | null = null;
    if (input.hasSnbpe) {
      const obtainedAt = parseFrenchDate(input.snbpeObtainedAt!)!;
      const expiresAt = expiryFrom(obtainedAt, SNBPE_VALIDITY_MONTHS);
      const valid = expiresAt > now;
      const validatedModuleIds = valid ? profile.modules.filter((m) => m.module.snbpeCommon).map((m) => m.moduleId) : [];
      await tx.snbpePassport.create({
        data: { personId: person.id, obtainedAt, expiresAt, linkedById: viewer.accountId, validatedModuleIds },
      });
      snbpe = { validated: validatedModuleIds.length, valid };
    }

    // the trainer role is only asked for: an administrator approves it (issue 17)
    if (input.isTrainer) await requestAccreditation(tx, { personId: person.id, requestedById: viewer.accountId, companyId }, now);

    const { token } = await createPasswordToken(tx, {
      accountId: account.id,
      purpose: "FIRST_LOGIN",
      sentTo: email ?? company.referentEmail,
      now,
    });
    const link = passwordLink(token);
    const who = `${input.firstName} ${input.lastName.toUpperCase()}`;
    await enqueueEmail(tx, {
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
            `Identifiant de connexion (ID unique) : ${uniqueId}`,
            "Le lien ci-dessous lui permet de choisir son mot de passe. Il est valable 72 heures et ne sert qu'une fois.",
          ],
      action: email ? undefined : { label: "Définir le mot de passe", url: link },
    });
    if (email) {
      await enqueueEmail(tx, {
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
    }
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "employee.created",
      targetType: "Person",
      targetId: person.id,
      companyId,
      data: { profile: profile.name, controller: input.isController, trainerRequested: input.isTrainer, withEmail: Boolean(email), snbpe },
    });
    return { personId: person.id, uniqueId, profileName: profile.name, snbpe };
  });
}
