// E2–E3: a trainer creates a group session. Every participant's account, first-connection
// link and e-mail, the session and its participants are written in one transaction: a
// failure creates none of them. An e-mail that already has an account is reported on its
// row, so that the trainer can add that existing person instead.
import "server-only";
import { newPersonData } from "@/lib/people/person-data";
import { db, type Tx } from "@/lib/db";
import { companyLookupWhere } from "@/lib/companies/search-companies";
import type { Viewer } from "@/lib/auth/viewer";
import { assertTrainer } from "@/lib/auth/access";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { freeUniqueId } from "@/lib/people/unique-id";
import type { CreateSessionInput } from "@/lib/sessions/session.schema";
import { tellOtherReferents } from "@/lib/sessions/referent-notices";

export async function createAwarenessSession(viewer: Viewer, input: CreateSessionInput, now = new Date()) {
  assertTrainer(viewer);
  const trainerId = viewer.person.id;
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.findUniqueOrThrow({ where: { code: input.profileCode }, select: { id: true, name: true } });
    // check every row first, so that the trainer sees all problems at once
    const errors: Record<string, string> = {};
    const existing = new Map<number, { personId: string; companyId: string }>();
    for (const [i, p] of input.participants.entries()) {
      if (!p.email) continue;
      const account = await tx.account.findUnique({
        where: { email: p.email },
        select: { person: { select: { id: true, companyId: true, deletedAt: true } } },
      });
      if (!account) continue;
      if (account.person?.id === trainerId)
        errors[`participants.${i}.email`] =
          "Vous ne pouvez pas suivre votre propre session : un autre formateur habilité doit valider votre passeport.";
      else if (p.useExistingAccount && account.person && !account.person.deletedAt)
        existing.set(i, { personId: account.person.id, companyId: account.person.companyId });
      else if (!account.person || account.person.deletedAt)
        errors[`participants.${i}.email`] =
          "Cette adresse e-mail est celle d'un compte entreprise : saisissez une autre adresse, ou laissez l'e-mail vide.";
      else
        errors[`participants.${i}.email`] =
          "Cette adresse e-mail a déjà un compte. Ajoutez cette personne existante à la session, ou laissez l'e-mail vide.";
    }
    // existing people keep their own company: the others' companies are resolved (or entered)
    const companyById = await resolveCompanies(tx, viewer, input, new Set(existing.keys()));
    for (const [i, p] of input.participants.entries()) {
      if (existing.has(i)) continue;
      const company = companyById.get(i);
      if (company === "AMBIGUOUS")
        errors[`participants.${i}.companyName`] = "Plusieurs entreprises portent ce nom : choisissez la bonne dans la liste.";
      else if (!company) errors[`participants.${i}.companyName`] = "Entreprise introuvable : choisissez-la à nouveau dans la liste.";
      else if (!p.email && !company.referentEmail)
        errors[`participants.${i}.email`] = "Saisis son e-mail : ses identifiants ne peuvent être envoyés à personne d'autre.";
    }
    const taken = new Set<string>();
    for (const [i, p] of input.participants.entries()) {
      const who = existing.get(i)?.personId ?? (p.email ? `email:${p.email}` : null);
      if (!who) continue;
      if (taken.has(who)) errors[`participants.${i}.email`] = "Cette personne est déjà inscrite sur un autre formulaire de cette session.";
      taken.add(who);
    }
    if (Object.keys(errors).length) throw new UserFacingError("Certains participants ne peuvent pas être inscrits tels quels.", errors);

    // issue 12: the session shows the versions published when it is created, whatever is
    // published later (its playback, questionnaires and passports stay consistent)
    const shown = await tx.profileModule.findMany({
      where: { profileId: profile.id, module: { active: true, currentVersionId: { not: null } } },
      select: { moduleId: true, module: { select: { currentVersionId: true } } },
    });
    const moduleVersions = Object.fromEntries(shown.map((m) => [m.moduleId, m.module.currentVersionId!]));
    const session = await tx.awarenessSession.create({
      data: {
        trainerId,
        profileId: profile.id,
        participantCount: input.participants.length,
        heldOn: now,
        status: "CREATED",
        moduleVersions,
        language: input.language ?? "fr",
      },
      select: { id: true, number: true },
    });
    const created: { name: string; uniqueId: string | null }[] = [];
    for (const [i, p] of input.participants.entries()) {
      const company = companyById.get(i) as SessionCompany | undefined;
      let personId = existing.get(i)?.personId;
      // an existing person stays in their own company
      const companyId = existing.get(i)?.companyId ?? company!.id;
      let uniqueId: string | null = null;
      if (!personId) {
        uniqueId = p.email ? null : await freeUniqueId(tx);
        const account = await tx.account.create({
          data: { email: p.email ?? null, uniqueId, mustSetPassword: true },
          select: { id: true },
        });
        personId = (
          await tx.person.create({
            data: newPersonData({
              accountId: account.id,
              companyId,
              firstName: p.firstName,
              lastName: p.lastName,
              profileId: profile.id,
              origin: "SESSION",
            }),
            select: { id: true },
          })
        ).id;
        const sendTo = (p.email ?? company!.referentEmail)!;
        const { token } = await createPasswordToken(tx, { accountId: account.id, purpose: "FIRST_LOGIN", sentTo: sendTo, now });
        const who = `${p.firstName} ${p.lastName.toUpperCase()}`;
        await enqueueEmail(tx, {
          to: sendTo,
          template: "session-participant",
          subject: p.email ? "Votre compte Passeport Sécurité" : `Identifiants Passeport Sécurité de ${who}`,
          paragraphs: p.email
            ? [
                `Bonjour ${p.firstName},`,
                `Vous participez à une sensibilisation de groupe (profil ${profile.name}). Votre compte Passeport Sécurité est créé : choisissez votre mot de passe avec le lien ci-dessous (valable 72 heures), puis connectez-vous avec votre adresse e-mail.`,
              ]
            : [
                `${who} participe à une sensibilisation de groupe (profil ${profile.name}) et n'a pas d'adresse e-mail : transmettez-lui ses identifiants.`,
                `Identifiant de connexion (ID unique) : ${uniqueId}`,
                "Le lien ci-dessous lui permet de choisir son mot de passe (valable 72 heures, une seule fois).",
              ],
          action: { label: "Définir le mot de passe", url: passwordLink(token) },
        });
      }
      await tx.sessionParticipant.create({ data: { sessionId: session.id, personId, companyId, position: i + 1 } });
      created.push({ name: `${p.firstName} ${p.lastName.toUpperCase()}`, uniqueId });
    }
    await tellOtherReferents(tx, viewer, { label: `${profile.name} n°${session.number}`, heldOn: now }, existing);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "session.created",
      targetType: "AwarenessSession",
      targetId: session.id,
      data: { number: session.number, profile: profile.name, participants: input.participants.length },
    });
    return { sessionId: session.id, label: `${profile.name} n°${session.number}`, participants: created };
  });
}

type SessionCompany = { id: string; referentEmail: string | null };

/**
 * The company of each form: the one chosen in the list, else a registered one of exactly
 * that name, else a new company entered by the trainer ("à compléter"): pending, with no
 * login, the trainer as its provisional contact until it registers. Returned by row index.
 */
async function resolveCompanies(tx: Tx, viewer: Viewer, input: CreateSessionInput, skip: Set<number>) {
  const out = new Map<number, SessionCompany | "AMBIGUOUS">();
  const chosenIds = input.participants.flatMap((p) => (p.companyId ? [p.companyId] : []));
  const chosen = await tx.company.findMany({
    where: { AND: [companyLookupWhere(), { id: { in: chosenIds } }] },
    select: { id: true, referentEmail: true },
  });
  const byId = new Map(chosen.map((c) => [c.id, c]));
  const byName = new Map<string, SessionCompany>();
  for (const [i, p] of input.participants.entries()) {
    if (skip.has(i)) continue;
    if (p.companyId) {
      const company = byId.get(p.companyId);
      if (company) out.set(i, company);
      continue;
    }
    const name = p.companyName!;
    const key = name.toLocaleLowerCase("fr");
    let company = byName.get(key);
    if (!company) {
      const same = await tx.company.findMany({
        where: { AND: [companyLookupWhere(), { name: { equals: name, mode: "insensitive" } }] },
        select: { id: true, referentEmail: true },
        take: 2,
      });
      if (same.length > 1) {
        out.set(i, "AMBIGUOUS"); // the trainer must pick one in the list
        continue;
      }
      company =
        same[0] ??
        (await tx.company.create({
          data: {
            kind: "SUBCONTRACTOR",
            status: "PENDING",
            name,
            referentFirstName: viewer.person!.firstName,
            referentLastName: viewer.person!.lastName,
            referentEmail: viewer.email ?? "",
          },
          select: { id: true, referentEmail: true },
        }));
      if (!same[0])
        await audit(tx, {
          actorAccountId: viewer.accountId,
          action: "company.entered_by_trainer",
          targetType: "Company",
          targetId: company.id,
          data: { name },
        });
      byName.set(key, company);
    }
    out.set(i, { id: company.id, referentEmail: company.referentEmail || null });
  }
  return out;
}
