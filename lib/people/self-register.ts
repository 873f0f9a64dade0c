// A4: a worker registers on their own, in a registered company. The proof of work is checked
// first, so that every probe of an e-mail address costs a bot the same work as a real
// registration. Account, person, first-connection link, both e-mails and the audit entry
// are written in one transaction: all of it or none of it.
import "server-only";
import { newPersonData } from "@/lib/people/person-data";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";
import { profileCodeFor } from "@/lib/people/profile-rule";
import type { SelfRegistrationInput } from "@/lib/people/self-registration.schema";

export const EMAIL_TAKEN = "Cette adresse e-mail a déjà un compte : connectez-vous ou utilisez « Mot de passe oublié ? ».";
const emailTaken = () => new UserFacingError("Cette adresse e-mail a déjà un compte.", { email: EMAIL_TAKEN });

export async function selfRegister(input: SelfRegistrationInput, now = new Date()) {
  if (!(await verifyProofOfWork(input.challenge, input.nonce, now.getTime()))) {
    throw new UserFacingError(
      "La vérification anti-robot a échoué ou a expiré : une nouvelle vérification est lancée, réessayez dans un instant.",
    );
  }
  const email = input.email.toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      const company = await tx.company.findUnique({
        where: { id: input.companyId },
        select: { id: true, name: true, status: true, referentEmail: true },
      });
      if (company?.status !== "ACTIVE") {
        throw new UserFacingError("Cette entreprise ne peut pas recevoir d'inscription.", {
          companyId:
            "Cette entreprise n'est pas inscrite sur la plateforme : choisissez-la à nouveau dans la liste, ou demandez à votre entreprise de s'inscrire.",
        });
      }
      if (await tx.account.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();

      const profile = await tx.profile.findUniqueOrThrow({ where: { code: profileCodeFor(input) }, select: { id: true, name: true } });
      const account = await tx.account.create({ data: { email, mustSetPassword: true }, select: { id: true } });
      const person = await tx.person.create({
        data: newPersonData({
          accountId: account.id,
          companyId: company.id,
          firstName: input.firstName,
          lastName: input.lastName,
          profileId: profile.id,
          isHauler: input.isHauler,
          isTechnical: input.isTechnical,
          origin: "SELF_REGISTRATION",
        }),
        select: { id: true },
      });

      const { token } = await createPasswordToken(tx, { accountId: account.id, purpose: "FIRST_LOGIN", sentTo: email, now });
      await enqueueEmail(tx, {
        to: email,
        template: "self-registration",
        subject: "Votre compte Passeport Sécurité",
        paragraphs: [
          `Bonjour ${input.firstName},`,
          `Votre inscription au Passeport Sécurité de l'UNPG est enregistrée : entreprise ${company.name}, profil ${profile.name}.`,
          "Choisissez votre mot de passe avec le lien ci-dessous (valable 72 heures), puis connectez-vous avec votre adresse e-mail pour suivre votre sensibilisation.",
          "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message et prévenez le référent de l'entreprise.",
        ],
        action: { label: "Définir mon mot de passe", url: passwordLink(token) },
      });
      const who = `${input.firstName} ${input.lastName.toUpperCase()}`;
      if (company.referentEmail) {
        await enqueueEmail(tx, {
          to: company.referentEmail,
          template: "employee-self-registered-referent",
          subject: `Nouvelle inscription : ${who}`,
          paragraphs: [
            `${who} (${email}) s'est inscrit(e) de lui-même ou d'elle-même au Passeport Sécurité, profil ${profile.name}.`,
            `Cette personne apparaît désormais dans la liste des salariés de ${company.name}. Si elle ne travaille pas pour votre entreprise, supprimez-la de la liste.`,
          ],
        });
      }
      await audit(tx, {
        actorAccountId: account.id,
        action: "employee.self_registered",
        targetType: "Person",
        targetId: person.id,
        companyId: company.id,
        data: { profile: profile.name },
      });
      return { personId: person.id, profileName: profile.name };
    });
  } catch (error) {
    // two registrations with the same address at the same instant: the unique index decides
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
