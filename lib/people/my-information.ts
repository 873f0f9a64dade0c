// D2 "MES INFORMATIONS": what the learner sees of their account, and what they may change
// themselves (the two profile questions and their notification preferences).
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { PREFERENCE_SELECT } from "@/lib/notifications/notify";
import { profileCodeFor } from "@/lib/people/profile-rule";
import type { MyInformationInput } from "@/lib/people/my-information.schema";

export async function getMyInformation(viewer: Viewer) {
  assertPerson(viewer);
  const me = await getPerson(viewer.person.id);
  // C3: the login they had before linking, suggested for the split
  const former = me.spaceLink?.formerPersonAccountId
    ? await db.account.findUnique({ where: { id: me.spaceLink.formerPersonAccountId }, select: { email: true } })
    : null;
  return { ...me, formerEmail: former?.email ?? null };
}

function getPerson(personId: string) {
  return db.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      firstName: true,
      lastName: true,
      isHauler: true,
      isTechnical: true,
      // the choices of "Choix des notifications", by e-mail and in the app (issue 13)
      ...PREFERENCE_SELECT,
      roles: true,
      company: { select: { name: true } },
      profile: { select: { name: true } },
      account: { select: { email: true, uniqueId: true } },
      spaceLink: { select: { formerPersonAccountId: true, company: { select: { name: true, kind: true } } } },
    },
  });
}

export async function updateMyInformation(viewer: Viewer, input: MyInformationInput) {
  assertPerson(viewer);
  const personId = viewer.person.id;
  return db.$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { profileId: true, companyId: true } });
    const profile = await tx.profile.findUniqueOrThrow({ where: { code: profileCodeFor(input) }, select: { id: true, name: true } });
    await tx.person.update({ where: { id: personId }, data: { ...input, profileId: profile.id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "person.self-update",
      targetType: "Person",
      targetId: personId,
      companyId: before.companyId,
      data: { ...input, profileChanged: before.profileId !== profile.id },
    });
    return { profileName: profile.name, profileChanged: before.profileId !== profile.id };
  });
}
