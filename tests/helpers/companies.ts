// Companies made for a test: a registered subcontractor with its own login, and a company
// typed by the demo trainer in the session wizard, with people, participations and passports.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { recordDecisions } from "@/lib/sessions/decide";
import type { Region } from "@/lib/generated/prisma/enums";
import { DEMO, DEMO_PASSWORD, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";
import { playWholeSession } from "@/tests/helpers/sessions";

export async function registeredCompany(over: { name?: string; regions?: Region[] } = {}) {
  const email = `referent-${uniq()}@example.fr`;
  const account = await db.account.create({
    data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false },
    select: { id: true },
  });
  const company = await db.company.create({
    data: {
      kind: "SUBCONTRACTOR",
      status: "ACTIVE",
      name: over.name ?? `Entreprise ${uniq()}`,
      siret: newSiret(),
      regions: over.regions ?? ["BRETAGNE"],
      referentFirstName: "Rémi",
      referentLastName: "Référent",
      referentEmail: email,
      accountId: account.id,
    },
    select: { id: true, name: true, siret: true },
  });
  return { ...company, email, accountId: account.id };
}

/** A company the demo trainer types for `count` participants; the first `passed` get a passport. */
export async function typedCompany(count = 2, passed = 1) {
  const trainer = await viewerOf(DEMO.trainer);
  const name = `Saisie ${uniq()}`;
  const { sessionId } = await createAwarenessSession(
    trainer,
    createSessionSchema.parse({
      profileCode: "TECHNIQUE",
      participants: Array.from({ length: count }, (_, i) => ({ lastName: `Typé${i}${uniq()}`, firstName: "Tom", companyName: name })),
    }),
  );
  await playWholeSession(trainer, sessionId);
  const participants = await db.sessionParticipant.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { id: true } });
  if (passed > 0)
    await recordDecisions(
      trainer,
      participants.slice(0, passed).map((p) => ({ participantId: p.id, decision: "PASSED" as const })),
    );
  const company = await db.company.findFirstOrThrow({ where: { name }, select: { id: true, name: true } });
  return { ...company, sessionId };
}
