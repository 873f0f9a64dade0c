// Issue 11, item 3: a company a trainer typed in the session wizard (pending, no login) turns
// out to be a registered one. Its people, their session participations and their passports
// move to the registered company, and the typed company disappears: all in one transaction,
// with its audit entry, so that nothing is ever half-moved. Both rows are locked first (in id
// order, so that two merges never wait on each other), which also holds off a session wizard
// adding participants to the typed company meanwhile.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { UserFacingError } from "@/lib/errors";
import { isId } from "@/lib/text";
import { isTypedCompany } from "@/lib/companies/company-record";

export async function mergeTypedCompany(viewer: Viewer, input: { companyId: string; targetId: string }) {
  assertAdmin(viewer);
  const { companyId: sourceId, targetId } = input;
  if (!isId(sourceId) || !isId(targetId)) throw new UserFacingError("Entreprise introuvable.");
  if (sourceId === targetId) throw new UserFacingError("Choisissez une autre entreprise que celle à fusionner.");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" IN (${sourceId}, ${targetId}) ORDER BY "id" FOR UPDATE`;
    const select = {
      id: true,
      name: true,
      kind: true,
      status: true,
      accountId: true,
      referentEmail: true,
      referentFirstName: true,
      _count: { select: { handovers: true } },
      spaceLink: { select: { id: true } },
    } as const;
    const [source, target] = await Promise.all([
      tx.company.findUnique({ where: { id: sourceId }, select }),
      tx.company.findUnique({ where: { id: targetId }, select }),
    ]);
    if (!source || !target) throw new UserFacingError("Entreprise introuvable.");
    if (!isTypedCompany({ ...source, hasLogin: source.accountId !== null }) || source.spaceLink || source._count.handovers)
      throw new UserFacingError("Seule une entreprise saisie par un formateur (sans compte) peut être fusionnée.");
    if (target.status !== "ACTIVE" || !target.accountId)
      throw new UserFacingError("Fusionnez dans une entreprise inscrite et active.", {
        targetId: "Choisissez une entreprise inscrite et active.",
      });

    const move = { where: { companyId: sourceId }, data: { companyId: targetId } };
    const people = await tx.person.updateMany(move);
    const participants = await tx.sessionParticipant.updateMany(move);
    const passports = await tx.passport.updateMany(move);
    await tx.company.delete({ where: { id: sourceId } });

    if (people.count > 0)
      await enqueueEmail(tx, {
        to: target.referentEmail,
        template: "company-merged",
        subject: `${people.count} salarié${people.count > 1 ? "s" : ""} rattaché${people.count > 1 ? "s" : ""} à ${target.name}`,
        paragraphs: [
          `Bonjour ${target.referentFirstName},`,
          `Un formateur avait saisi l'entreprise « ${source.name} » lors d'une session de sensibilisation. L'administration du Passeport Sécurité l'a reconnue comme ${target.name} : ${people.count} salarié${people.count > 1 ? "s" : ""} et ${passports.count} passeport${passports.count > 1 ? "s" : ""} apparaissent désormais dans votre espace.`,
        ],
      });
    const counts = { people: people.count, participants: participants.count, passports: passports.count };
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.merged",
      targetType: "Company",
      targetId: sourceId,
      companyId: targetId,
      data: { from: { id: sourceId, name: source.name }, into: { id: targetId, name: target.name }, ...counts },
    });
    return counts;
  });
}
