// A2: a subcontractor registers on its own. The company, its login, the confirmation e-mail
// and the audit entry are written in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";
import { assertIdentifiersFree } from "@/lib/companies/conflicts";
import { companyColumns, type RegistrationInput } from "@/lib/companies/company.schema";

export async function registerSubcontractor(input: RegistrationInput) {
  if (!(await verifyProofOfWork(input.challenge, input.nonce))) {
    throw new UserFacingError("La vérification anti-robot a échoué ou a expiré : rechargez la page et recommencez.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, { siret: input.siret, vatNumber: input.vatNumber, email: input.referentEmail });
    const account = await tx.account.create({ data: { email: input.referentEmail, passwordHash, mustSetPassword: false }, select: { id: true } });
    const company = await tx.company.create({
      data: {
        kind: "SUBCONTRACTOR",
        status: "ACTIVE",
        ...companyColumns(input),
        accountId: account.id,
      },
      select: { id: true },
    });
    const base = (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
    await enqueueEmail(tx, {
      to: input.referentEmail,
      template: "company-registered",
      subject: "Votre compte entreprise Passeport Sécurité est créé",
      paragraphs: [
        `Bonjour ${input.referentFirstName},`,
        `Le compte « Entreprise Sous-traitante » de ${input.name} est créé sur le Passeport Sécurité de l'UNPG. Vous en êtes le référent.`,
        `Connectez-vous avec votre adresse e-mail (${input.referentEmail}) et le mot de passe que vous avez choisi pour inscrire vos salariés et suivre leur sensibilisation.`,
      ],
      action: { label: "Me connecter", url: base },
    });
    await audit(tx, { actorAccountId: account.id, action: "company.registered", targetType: "Company", targetId: company.id, companyId: company.id, data: { name: input.name, siret: input.siret, vatNumber: input.vatNumber } });
    return { companyId: company.id };
  });
}
