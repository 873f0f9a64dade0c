// Issue 12, item 1: the profiles of the content studio. An administrator creates, renames and
// archives profiles, sets their passport validity and the ordered list of their modules. The
// profiles that the attribution rule gives (lib/people/profile-rule.ts) cannot be archived: new
// people are given them. Changing a profile's modules changes the paths started afterwards;
// a path under way keeps its progress, but a module removed from the profile is no longer
// asked of it (see removeFromPathsUnderWay).
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { RULE_PROFILE_CODES } from "@/lib/people/profile-rule";
import { issuePassport } from "@/lib/passports/issue-passport";
import type { ProfileFieldsInput, UpdateProfileInput } from "@/lib/content/profile.schema";

const NOT_FOUND = "Ce profil n'existe pas ou plus.";

/** "Agent de pesée (nuit)" → "AGENT_DE_PESEE_NUIT": the stable code, never shown to learners. */
export function profileCodeFromName(name: string) {
  const code = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 32)
    .replace(/_+$/, "");
  return code || "PROFIL";
}

export const isRuleProfile = (code: string) => RULE_PROFILE_CODES.includes(code);

/** The profiles, in their order, with what the studio's list shows. */
export async function listProfiles(viewer: Viewer) {
  assertAdmin(viewer);
  const rows = await db.profile.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      validityMonths: true,
      active: true,
      _count: { select: { modules: true, people: { where: { deletedAt: null } } } },
    },
  });
  return rows.map(({ _count, ...p }) => ({
    ...p,
    moduleCount: _count.modules,
    peopleCount: _count.people,
    ruleUsed: isRuleProfile(p.code),
  }));
}
export type ProfileListRow = Awaited<ReturnType<typeof listProfiles>>[number];

/** One profile with its ordered modules and the modules that can still be added. */
export async function getProfile(viewer: Viewer, profileId: string) {
  assertAdmin(viewer);
  const profile = await db.profile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      validityMonths: true,
      active: true,
      modules: {
        orderBy: { position: "asc" },
        select: { position: true, module: { select: { id: true, title: true, active: true, snbpeCommon: true } } },
      },
      _count: { select: { people: { where: { deletedAt: null } }, paths: { where: { completedAt: null } } } },
    },
  });
  if (!profile) return null;
  const inProfile = new Set(profile.modules.map((m) => m.module.id));
  const others = await db.module.findMany({
    where: { active: true, id: { notIn: [...inProfile] } },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
  const { _count, modules, ...fields } = profile;
  return {
    ...fields,
    ruleUsed: isRuleProfile(profile.code),
    peopleCount: _count.people,
    pathsUnderWay: _count.paths,
    modules: modules.map((m) => m.module),
    addable: others,
  };
}
export type ProfileDetail = NonNullable<Awaited<ReturnType<typeof getProfile>>>;

/** A code free among the profiles: the name's code, else with _2, _3… */
async function freeCode(tx: Tx, name: string) {
  const base = profileCodeFromName(name);
  const taken = new Set((await tx.profile.findMany({ where: { code: { startsWith: base } }, select: { code: true } })).map((p) => p.code));
  let code = base;
  for (let i = 2; taken.has(code); i++) code = `${base}_${i}`;
  return code;
}

export async function createProfile(viewer: Viewer, input: ProfileFieldsInput) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const code = await freeCode(tx, input.name);
    const last = await tx.profile.aggregate({ _max: { position: true } });
    const profile = await tx.profile.create({
      data: { code, ...input, position: (last._max.position ?? 0) + 1 },
      select: { id: true, code: true, name: true },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "profile.created",
      targetType: "Profile",
      targetId: profile.id,
      data: { code, name: input.name, validityMonths: input.validityMonths },
    });
    return profile;
  });
}

/** The profile row, locked until the end of the transaction: two administrators' changes to one profile wait for each other. */
async function lockProfile(tx: Tx, profileId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Profile" WHERE "id" = ${profileId} FOR UPDATE`;
  if (!row) throw new UserFacingError(NOT_FOUND);
  return tx.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: { id: true, code: true, name: true, description: true, validityMonths: true, active: true },
  });
}

/** Name, description and validity. The validity applies to passports issued from now on. */
export async function updateProfile(viewer: Viewer, input: UpdateProfileInput) {
  assertAdmin(viewer);
  const { profileId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await lockProfile(tx, profileId);
    await tx.profile.update({ where: { id: profileId }, data: fields });
    const changed = Object.fromEntries(
      (Object.keys(fields) as (keyof typeof fields)[])
        .filter((k) => before[k] !== fields[k])
        .map((k) => [k, { from: before[k], to: fields[k] }]),
    );
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "profile.updated",
      targetType: "Profile",
      targetId: profileId,
      data: changed,
    });
    return { id: profileId, name: fields.name };
  });
}

/**
 * Archive (no longer offered to new people) or reactivate. The attribution rule's profiles
 * are refused: the rule would keep giving them to new people.
 */
export async function setProfileActive(viewer: Viewer, input: { profileId: string; active: boolean }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const profile = await lockProfile(tx, input.profileId);
    if (!input.active && isRuleProfile(profile.code))
      throw new UserFacingError(
        `Le profil ${profile.name} ne peut pas être archivé : la règle d'attribution le donne aux nouvelles personnes selon leurs réponses.`,
      );
    if (profile.active === input.active) return { id: profile.id, active: profile.active };
    await tx.profile.update({ where: { id: profile.id }, data: { active: input.active } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: input.active ? "profile.reactivated" : "profile.archived",
      targetType: "Profile",
      targetId: profile.id,
      data: { code: profile.code },
    });
    return { id: profile.id, active: input.active };
  });
}

/**
 * A module removed from a profile is no longer asked of the paths under way: their progress
 * rows of it are removed when not passed (the attempts stay, as history); a passed one stays,
 * unseen, as the record of what was done. Without this the module, gone from the path page
 * (which lists the profile's modules), would still lock the modules after it and keep the
 * path from ever being completed. A path whose every other module is passed is completed
 * here and its passport issued, as its last passed module would have done.
 */
async function removeFromPathsUnderWay(tx: Tx, actorAccountId: string, profileId: string, moduleIds: string[], now: Date) {
  if (moduleIds.length === 0) return { released: 0, completed: 0 };
  const where = { moduleId: { in: moduleIds }, passedAt: null, path: { profileId, completedAt: null } };
  const touched = [...new Set((await tx.moduleProgress.findMany({ where, select: { pathId: true } })).map((r) => r.pathId))];
  if (touched.length === 0) return { released: 0, completed: 0 };
  const released = await tx.moduleProgress.deleteMany({ where: { ...where, pathId: { in: touched } } });
  const done = await tx.learningPath.findMany({
    where: { id: { in: touched }, completedAt: null, progress: { some: {}, none: { passedAt: null } } },
    select: { id: true, person: { select: { id: true, companyId: true, language: true, deletedAt: true } } },
  });
  let completed = 0;
  for (const path of done) {
    if (path.person.deletedAt) continue;
    const passport = await issuePassport(tx, {
      personId: path.person.id,
      profileId,
      companyId: path.person.companyId,
      via: "ONLINE",
      language: path.person.language,
      now,
    });
    await tx.learningPath.update({ where: { id: path.id }, data: { completedAt: now, passportId: passport.id } });
    await audit(tx, {
      actorAccountId,
      action: "passport.issued",
      targetType: "Passport",
      targetId: passport.id,
      companyId: path.person.companyId,
      data: { number: passport.number, reason: "profile_module_removed" },
    });
    completed++;
  }
  return { released: released.count, completed };
}

/**
 * The profile's ordered list of modules, rewritten in one transaction: rows of removed modules
 * deleted, kept rows first moved to negative positions (the (profileId, position) pair is
 * unique, so a swap written in place would collide), then every row written at its place.
 * `next` computes the new list from the current one, read after the profile is locked.
 */
async function rewriteModules(viewer: Viewer, profileId: string, next: (before: string[]) => string[], now: Date) {
  return db.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    const before = (
      await tx.profileModule.findMany({ where: { profileId: profile.id }, orderBy: { position: "asc" }, select: { moduleId: true } })
    ).map((m) => m.moduleId);
    const moduleIds = next(before);
    if (new Set(moduleIds).size !== moduleIds.length) throw new UserFacingError("Un module ne peut figurer qu'une fois dans un profil.");
    if (before.join() === moduleIds.join()) return { moduleIds, released: 0, completed: 0 };
    const added = moduleIds.filter((id) => !before.includes(id));
    if (added.length > 0) {
      const found = await tx.module.count({ where: { id: { in: added }, active: true } });
      if (found !== added.length)
        throw new UserFacingError("Ce module n'existe pas ou est archivé.", { moduleId: "Choisissez un module de la liste." });
    }
    const removed = before.filter((id) => !moduleIds.includes(id));
    await tx.profileModule.deleteMany({ where: { profileId: profile.id, moduleId: { in: removed } } });
    await tx.$executeRaw`UPDATE "ProfileModule" SET "position" = -"position" - 1 WHERE "profileId" = ${profile.id}`;
    for (const [i, moduleId] of moduleIds.entries()) {
      if (before.includes(moduleId))
        await tx.profileModule.update({ where: { profileId_moduleId: { profileId: profile.id, moduleId } }, data: { position: i + 1 } });
      else await tx.profileModule.create({ data: { profileId: profile.id, moduleId, position: i + 1 } });
    }
    const paths = await removeFromPathsUnderWay(tx, viewer.accountId, profile.id, removed, now);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "profile.modules_set",
      targetType: "Profile",
      targetId: profile.id,
      data: { from: before, to: moduleIds, added, removed, progressReleased: paths.released, pathsCompleted: paths.completed },
    });
    return { moduleIds, ...paths };
  });
}

/** The whole ordered list at once (each module once). */
export async function setProfileModules(viewer: Viewer, input: { profileId: string; moduleIds: string[] }, now = new Date()) {
  assertAdmin(viewer);
  return rewriteModules(viewer, input.profileId, () => input.moduleIds, now);
}

export async function addProfileModule(viewer: Viewer, input: { profileId: string; moduleId: string }, now = new Date()) {
  assertAdmin(viewer);
  return rewriteModules(
    viewer,
    input.profileId,
    (ids) => {
      if (ids.includes(input.moduleId)) throw new UserFacingError("Ce module fait déjà partie du profil.");
      return [...ids, input.moduleId];
    },
    now,
  );
}

export async function removeProfileModule(viewer: Viewer, input: { profileId: string; moduleId: string }, now = new Date()) {
  assertAdmin(viewer);
  return rewriteModules(
    viewer,
    input.profileId,
    (ids) => {
      if (!ids.includes(input.moduleId)) throw new UserFacingError("Ce module ne fait plus partie du profil.");
      return ids.filter((id) => id !== input.moduleId);
    },
    now,
  );
}

/** One place up or down; at either end nothing changes. */
export async function moveProfileModule(
  viewer: Viewer,
  input: { profileId: string; moduleId: string; direction: "up" | "down" },
  now = new Date(),
) {
  assertAdmin(viewer);
  return rewriteModules(
    viewer,
    input.profileId,
    (before) => {
      const ids = [...before];
      const from = ids.indexOf(input.moduleId);
      if (from === -1) throw new UserFacingError("Ce module ne fait plus partie du profil.");
      const to = input.direction === "up" ? from - 1 : from + 1;
      if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to], ids[from]];
      return ids;
    },
    now,
  );
}
