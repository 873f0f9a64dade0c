// E2–E3: a trainer creates a group session. Every participant's account, first-connection
// link and e-mail, the session and its participants are written in one transaction: a
// failure creates none of them. An e-mail that already has an account is reported on its
// row, so that the trainer can add that existing person instead.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { freeUniqueId } from "@/lib/people/unique-id";
import type { CreateSessionInput } from "@/lib/sessions/session.schema";


export async function createAwarenessSession(viewer: Viewer, input: CreateSessionInput, now = new Date()) {
  if (!viewer.person?.roles.includes("TRAINER")) throw new AccessDeniedError();
  const trainerId = viewer.person.id;
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.findUniqueOrThrow({ where: { code: input.profileCode }, select: { id: true, name: true } });
    const companies = await tx.company.findMany({
      where: { id: { in: input.participants.map((p) => p.companyId) }, status: "ACTIVE" },
      select: { id: true, name: true, referentEmail: true },
    });
    const companyById = new Map(companies.map((c) => [c.id, c]));

    // check every row first, so that the trainer sees all problems at once
    const errors: Record<string, string> = {};
    const existing = new Map<number, string>();
    for (const [i, p] of input.participants.entries()) {
      if (!companyById.has(p.companyId)) errors[`participants.${i}.companyId`] = "Entreprise inconnue : choisissez-la dans la liste.";
      if (!p.email) continue;
      const account = await tx.account.findUnique({ where: { email: p.email }, select: { person: { select: { id: true, deletedAt: true } } } });
      if (!account) continue;
      if (p.useExistingAccount && account.person && !account.person.deletedAt) existing.set(i, account.person.id);
      else errors[`participants.${i}.email`] = "Cette adresse e-mail a déjà un compte. Ajoutez cette personne existante à la session, ou laissez l'e-mail vide.";
    }
    if (Object.keys(errors).length) throw new UserFacingError("Certains participants ne peuvent pas être inscrits tels quels.", errors);

    const session = await tx.awarenessSession.create({
      data: { trainerId, profileId: profile.id, participantCount: input.participants.length, heldOn: now, status: "CREATED" },
      select: { id: true, number: true },
    });
    const created: { name: string; uniqueId: string | null }[] = [];
    for (const [i, p] of input.participants.entries()) {
      const company = companyById.get(p.companyId)!;
      let personId = existing.get(i);
      let uniqueId: string | null = null;
      if (!personId) {
        uniqueId = p.email ? null : await freeUniqueId(tx);
        const account = await tx.account.create({ data: { email: p.email ?? null, uniqueId, mustSetPassword: true }, select: { id: true } });
        personId = (
          await tx.person.create({
            data: { accountId: account.id, companyId: company.id, firstName: p.firstName, lastName: p.lastName, searchName: `${p.firstName} ${p.lastName}`.toLowerCase(), profileId: profile.id, origin: "SESSION" },
            select: { id: true },
          })
        ).id;
        const { token } = await createPasswordToken(tx, { accountId: account.id, purpose: "FIRST_LOGIN", sentTo: p.email ?? company.referentEmail, now });
        const who = `${p.firstName} ${p.lastName.toUpperCase()}`;
        await enqueueEmail(tx, {
          to: p.email ?? company.referentEmail,
          template: "session-participant",
          subject: p.email ? "Votre compte Passeport Sécurité" : `Identifiants Passeport Sécurité de ${who}`,
          paragraphs: p.email
            ? [`Bonjour ${p.firstName},`, `Vous participez à une sensibilisation de groupe (profil ${profile.name}). Votre compte Passeport Sécurité est créé : choisissez votre mot de passe avec le lien ci-dessous (valable 72 heures), puis connectez-vous avec votre adresse e-mail.`]
            : [`${who} participe à une sensibilisation de groupe (profil ${profile.name}) et n'a pas d'adresse e-mail : transmettez-lui ses identifiants.`, `Identifiant de connexion (ID unique) : ${uniqueId}`, "Le lien ci-dessous lui permet de choisir son mot de passe (valable 72 heures, une seule fois)."],
          action: { label: "Définir le mot de passe", url: passwordLink(token) },
        });
      }
      await tx.sessionParticipant.create({ data: { sessionId: session.id, personId, companyId: company.id, position: i + 1 } });
      created.push({ name: `${p.firstName} ${p.lastName.toUpperCase()}`, uniqueId });
    }
    await audit(tx, { actorAccountId: viewer.accountId, action: "session.created", targetType: "AwarenessSession", targetId: session.id, data: { number: session.number, profile: profile.name, participants: input.participants.length } });
    return { sessionId: session.id, label: `${profile.name} n°${session.number}`, participants: created };
  });
}
