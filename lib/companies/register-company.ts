// A2: a subcontractor registers on its own. The company, its login, the confirmation e-mail
// and the audit entry are written in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { administrators, notify } from "@/lib/notifications/notify";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";
import { assertIdentifiersFree } from "@/lib/companies/conflicts";
import { companyColumns, type RegistrationInput } from "@/lib/companies/company.schema";

const POW_FAILED = "La vérification anti-robot a échoué ou a expiré : une nouvelle vérification est lancée, réessayez dans un instant.";

export async function registerSubcontractor(input: RegistrationInput) {
  if (!(await verifyProofOfWork(input.challenge, input.nonce))) {
    throw new UserFacingError(POW_FAILED);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, { siret: input.siret, vatNumber: input.vatNumber, email: input.referentEmail });
    const account = await tx.account.create({
      data: { email: input.referentEmail, passwordHash, mustSetPassword: false },
      select: { id: true },
    });
    const company = await tx.company.create({
      data: {
        kind: "SUBCONTRACTOR",
        status: "ACTIVE",
        ...companyColumns(input),
        accountId: account.id,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: input.referentEmail,
      template: "company-registered",
      subject: "Votre compte entreprise Passeport Sécurité est créé",
      paragraphs: [
        `Bonjour ${input.referentFirstName},`,
        `Le compte « Entreprise Sous-traitante » de ${input.name} est créé sur le Passeport Sécurité de l'UNPG. Vous en êtes le référent.`,
        `Connectez-vous avec votre adresse e-mail (${input.referentEmail}) et le mot de passe que vous avez choisi pour inscrire vos salariés et suivre leur sensibilisation.`,
      ],
      action: { label: "Me connecter", url: publicUrl() },
    });
    await audit(tx, {
      actorAccountId: account.id,
      action: "company.registered",
      targetType: "Company",
      targetId: company.id,
      companyId: company.id,
      data: { name: input.name, siret: input.siret, vatNumber: input.vatNumber },
    });
    return { companyId: company.id };
  });
}

/**
 * A3 "Je suis entreprise adhérente à l'UNPG": a request. The company is pending and its
 * login disabled until an administrator approves it and assigns the member number.
 */
export async function requestMembership(input: RegistrationInput, now = new Date()) {
  if (!(await verifyProofOfWork(input.challenge, input.nonce))) throw new UserFacingError(POW_FAILED);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, { siret: input.siret, vatNumber: input.vatNumber, email: input.referentEmail });
    const account = await tx.account.create({
      data: { email: input.referentEmail, passwordHash, mustSetPassword: false, disabledAt: now },
      select: { id: true },
    });
    const company = await tx.company.create({
      data: { kind: "MEMBER", status: "PENDING", ...companyColumns(input), accountId: account.id },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      to: input.referentEmail,
      template: "member-requested",
      subject: "Votre demande d'adhésion au Passeport Sécurité est enregistrée",
      paragraphs: [
        `Bonjour ${input.referentFirstName},`,
        `La demande de compte « Entreprise adhérente » de ${input.name} est enregistrée. Un administrateur de l'UNPG va l'examiner.`,
        "Dès qu'elle sera approuvée, vous recevrez votre n° adhérent : vous vous connecterez avec ce numéro (ou votre adresse e-mail) et le mot de passe choisi.",
      ],
    });
    const request = `${input.name} (${input.siret ? `SIRET ${input.siret}` : `TVA ${input.vatNumber}`}) demande un compte « Entreprise adhérente ». Référent : ${input.referentFirstName} ${input.referentLastName.toUpperCase()} (${input.referentEmail}).`;
    // every administrator: in the app and by e-mail
    await notify(tx, await administrators(tx, "TASK"), {
      category: "TASK",
      kind: "member-request-admin",
      title: `Demande d'adhésion : ${input.name}`,
      body: request,
      href: "/admin/entreprises",
      email: {
        subject: `Demande d'adhésion : ${input.name}`,
        paragraphs: [request],
        action: { label: "Examiner la demande", url: `${publicUrl()}/admin/entreprises` },
      },
    });
    await audit(tx, {
      actorAccountId: account.id,
      action: "company.member_requested",
      targetType: "Company",
      targetId: company.id,
      companyId: company.id,
      data: { name: input.name, siret: input.siret, vatNumber: input.vatNumber },
    });
    return { companyId: company.id };
  });
}
