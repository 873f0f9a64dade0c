// A fresh employee of the demo subcontractor, blocked on a module and holding an active
// passport: the worker who phones the administrators (issue 11).
import { db } from "@/lib/db";
import { createEmployee } from "@/lib/people/create-employee";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

export async function blockedWorker({ withEmail = true, firstName = "Noël", lastName = `Ouvrier${uniq()}` } = {}) {
  const email = withEmail ? `bloque-${uniq()}@example.fr` : undefined;
  const created = await createEmployee(await viewerOf(DEMO.referent), {
    firstName,
    lastName,
    noEmail: !withEmail,
    email,
    isHauler: false,
    isTechnical: false,
    isTrainer: false,
    isController: false,
    hasSnbpe: false,
  });
  const person = await db.person.findUniqueOrThrow({
    where: { id: created.personId },
    select: { id: true, accountId: true, companyId: true, profileId: true },
  });
  const module = await db.module.findFirstOrThrow({ select: { id: true } });
  await db.person.update({ where: { id: person.id }, data: { blockedAt: new Date(), blockedModuleId: module.id } });
  const passport = await db.passport.create({
    data: {
      number: `PS-2026-${uniq().slice(-6).toUpperCase()}`,
      personId: person.id,
      profileId: person.profileId!,
      companyId: person.companyId,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
      issuedVia: "ONLINE",
    },
  });
  return { ...person, email, passport, who: `${firstName} ${lastName.toUpperCase()}` };
}
