// Issue 12, item 1: the content studio's profiles. Administrators only; the attribution rule's
// profiles stay active; the ordered modules are rewritten in one transaction, and a module
// removed from a profile is no longer asked of the paths under way. The session lookup is
// replaced by a chosen viewer; everything else (database, actions, schemas) is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { UserFacingError } from "@/lib/errors";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { getPathView } from "@/lib/learning/path-view";
import {
  addProfileModule,
  createProfile,
  getProfile,
  listProfiles,
  moveProfileModule,
  profileCodeFromName,
  removeProfileModule,
  setProfileActive,
  setProfileModules,
  updateProfile,
} from "@/lib/content/profiles";
import { listStudioModules } from "@/lib/content/module-list";
import {
  addProfileModuleAction,
  createProfileAction,
  moveProfileModuleAction,
  removeProfileModuleAction,
  setProfileActiveAction,
  setProfileModulesAction,
  updateProfileAction,
} from "@/lib/content/actions";
import { PROFILE_RULE_CASES, RULE_PROFILE_CODES } from "@/lib/people/profile-rule";
import { DEMO, DEMO_PASSWORD, uniq, viewerOf } from "@/tests/helpers/demo";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
// outside a Next.js request there is no cache to revalidate
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const DESCRIPTIONS = ["Pour les essais.", "Visites encadrées."];
let startedAt: Date;
beforeAll(() => {
  startedAt = new Date();
});

/**
 * The profiles made here, with their people, paths and passports, are removed afterwards: other
 * test files that share the database read every profile (the statistics' columns per profile).
 */
afterAll(async () => {
  const ids = (
    await db.profile.findMany({ where: { createdAt: { gte: startedAt }, description: { in: DESCRIPTIONS } }, select: { id: true } })
  ).map((p) => p.id);
  const people = await db.person.findMany({ where: { profileId: { in: ids } }, select: { id: true, accountId: true } });
  await db.$transaction([
    db.learningPath.deleteMany({ where: { profileId: { in: ids } } }),
    db.passport.deleteMany({ where: { profileId: { in: ids } } }),
    db.passportDayCount.deleteMany({ where: { profileId: { in: ids } } }),
    db.person.deleteMany({ where: { id: { in: people.map((p) => p.id) } } }),
    db.account.deleteMany({ where: { id: { in: people.map((p) => p.accountId) } } }),
    db.profile.deleteMany({ where: { id: { in: ids } } }),
  ]);
  await db.$disconnect();
});

const NON_ADMINS = [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller];
const fields = (name = `Profil ${uniq()}`) => ({ name, description: DESCRIPTIONS[0], validityMonths: 24 });

async function moduleIds(count: number) {
  const rows = await db.module.findMany({ where: { active: true }, orderBy: { title: "asc" }, take: count, select: { id: true } });
  expect(rows).toHaveLength(count);
  return rows.map((r) => r.id);
}

const order = async (profileId: string) =>
  (await db.profileModule.findMany({ where: { profileId }, orderBy: { position: "asc" }, select: { moduleId: true, position: true } })).map(
    (r) => [r.moduleId, r.position],
  );

/** A person of the demo subcontractor with the given profile, and their viewer. */
async function personWith(profileId: string) {
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" }, select: { id: true } });
  const lastName = `Profil${uniq()}`;
  const account = await db.account.create({
    data: { email: `${lastName.toLowerCase()}@example.fr`, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false },
  });
  const person = await db.person.create({
    data: {
      accountId: account.id,
      companyId: company.id,
      firstName: "Paul",
      lastName,
      searchName: `paul ${lastName.toLowerCase()}`,
      profileId,
    },
    select: { id: true },
  });
  return { personId: person.id, viewer: (await loadViewer(account.id))! };
}

describe("content studio: profiles", () => {
  it("creates a profile with a code from its name, unique, at the end of the list; audited", async () => {
    const admin = await viewerOf(DEMO.admin);
    const name = `Agent de pesée ${uniq()}`;
    const first = await createProfile(admin, fields(name));
    const second = await createProfile(admin, fields(name));
    expect(first.code).toBe(profileCodeFromName(name));
    expect(first.code).toMatch(/^AGENT_DE_PESEE_/);
    expect(second.code).toBe(`${first.code}_2`);
    const list = await listProfiles(admin);
    expect(list.at(-1)).toMatchObject({ id: second.id, validityMonths: 24, active: true, moduleCount: 0, peopleCount: 0, ruleUsed: false });
    const entry = await db.auditLog.findFirst({ where: { action: "profile.created", targetId: first.id } });
    expect(entry?.actorAccountId).toBe(admin.accountId);
    expect(profileCodeFromName("  Été / Nuit  ")).toBe("ETE_NUIT");
    expect(profileCodeFromName("!!!")).toBe("PROFIL");
  });

  it("edits name, description and validity; the list counts modules and people", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    await updateProfile(admin, { profileId: id, name: "Visiteur accompagné", description: DESCRIPTIONS[1], validityMonths: 12 });
    const [a, b] = await moduleIds(2);
    await setProfileModules(admin, { profileId: id, moduleIds: [a, b] });
    await personWith(id);
    const detail = await getProfile(admin, id);
    expect(detail).toMatchObject({ name: "Visiteur accompagné", description: "Visites encadrées.", validityMonths: 12, peopleCount: 1 });
    expect(detail!.modules.map((m) => m.id)).toEqual([a, b]);
    expect(detail!.addable.map((m) => m.id)).not.toContain(a);
    expect((await listProfiles(admin)).find((p) => p.id === id)).toMatchObject({ moduleCount: 2, peopleCount: 1 });
    const entry = await db.auditLog.findFirst({ where: { action: "profile.updated", targetId: id } });
    expect(entry?.data).toMatchObject({ validityMonths: { from: 24, to: 12 } });
  });

  it("refuses invalid input with French messages next to the fields", async () => {
    current = await viewerOf(DEMO.admin);
    const bad = await createProfileAction({ name: " ", description: "x".repeat(501), validityMonths: 121 });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        name: "Indiquez le nom du profil (2 caractères au moins).",
        description: "La description ne peut pas dépasser 500 caractères.",
        validityMonths: "Entre 1 et 120 mois.",
      },
    });
    const zero = await createProfileAction({ name: "Essai", description: "", validityMonths: 0 });
    expect(zero).toMatchObject({ ok: false, fieldErrors: { validityMonths: "Entre 1 et 120 mois." } });
    const half = await createProfileAction({ name: "Essai", description: "", validityMonths: 1.5 });
    expect(half).toMatchObject({ ok: false, fieldErrors: { validityMonths: "Indiquez un nombre entier de mois." } });
    const unknown = await updateProfileAction({ profileId: "inconnu", ...fields() });
    expect(unknown).toEqual({ ok: false, error: "Ce profil n'existe pas ou plus." });
    const twice = await setProfileModulesAction({ profileId: "x", moduleIds: ["m1", "m1"] });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { moduleIds: "Un module ne peut figurer qu'une fois dans un profil." } });
    const ok = await createProfileAction(fields("Conducteur d'engins"));
    expect(ok.ok).toBe(true);
    const created = await db.profile.findUniqueOrThrow({ where: { id: ok.ok ? ok.data.id : "" }, select: { name: true } });
    expect(created.name).toBe("Conducteur d'engins");
    current = null;
  });

  it("archives and reactivates a profile; refuses to archive the profiles the rule gives", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    await setProfileActive(admin, { profileId: id, active: false });
    expect((await db.profile.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    // no longer offered: the administrators' profile change lists active profiles only
    expect(await db.profile.findFirst({ where: { id, active: true } })).toBeNull();
    await setProfileActive(admin, { profileId: id, active: true });
    expect((await db.profile.findUniqueOrThrow({ where: { id } })).active).toBe(true);
    expect(await db.auditLog.count({ where: { targetId: id, action: { in: ["profile.archived", "profile.reactivated"] } } })).toBe(2);

    expect(RULE_PROFILE_CODES).toEqual(expect.arrayContaining(["ADMINISTRATIF", "TECHNIQUE", "TRANSPORTEUR"]));
    expect(PROFILE_RULE_CASES).toContainEqual({ isHauler: true, isTechnical: true, code: "TRANSPORTEUR" });
    for (const code of RULE_PROFILE_CODES) {
      const profile = await db.profile.findUniqueOrThrow({ where: { code }, select: { id: true } });
      await expect(setProfileActive(admin, { profileId: profile.id, active: false })).rejects.toThrow(/ne peut pas être archivé/);
      expect((await db.profile.findUniqueOrThrow({ where: { code } })).active).toBe(true);
    }
    current = admin;
    const transporteur = await db.profile.findUniqueOrThrow({ where: { code: "TRANSPORTEUR" }, select: { id: true } });
    const refused = await setProfileActiveAction({ profileId: transporteur.id, active: false });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("règle d'attribution") });
    current = null;
  });

  it("adds, moves and removes modules; the order is rewritten in one transaction and persisted", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    const [a, b, c] = await moduleIds(3);
    await addProfileModule(admin, { profileId: id, moduleId: a });
    await addProfileModule(admin, { profileId: id, moduleId: b });
    await addProfileModule(admin, { profileId: id, moduleId: c });
    expect(await order(id)).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
    ]);
    await expect(addProfileModule(admin, { profileId: id, moduleId: a })).rejects.toThrow("Ce module fait déjà partie du profil.");
    await moveProfileModule(admin, { profileId: id, moduleId: c, direction: "up" });
    await moveProfileModule(admin, { profileId: id, moduleId: c, direction: "up" });
    expect(await order(id)).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    // at the top, "up" changes nothing
    await moveProfileModule(admin, { profileId: id, moduleId: c, direction: "up" });
    await moveProfileModule(admin, { profileId: id, moduleId: a, direction: "down" });
    expect((await order(id)).map(([m]) => m)).toEqual([c, b, a]);
    await removeProfileModule(admin, { profileId: id, moduleId: b });
    expect(await order(id)).toEqual([
      [c, 1],
      [a, 2],
    ]);
    // a refused list (an unknown module) leaves the order as it was: one transaction
    await expect(setProfileModules(admin, { profileId: id, moduleIds: [a, c, "inconnu"] })).rejects.toBeInstanceOf(UserFacingError);
    expect((await order(id)).map(([m]) => m)).toEqual([c, a]);
    // a whole reversed list at once: no collision on (profileId, position)
    await setProfileModules(admin, { profileId: id, moduleIds: [a, b, c] });
    await setProfileModules(admin, { profileId: id, moduleIds: [c, b, a] });
    expect(await order(id)).toEqual([
      [c, 1],
      [b, 2],
      [a, 3],
    ]);
    expect(await db.auditLog.count({ where: { targetId: id, action: "profile.modules_set" } })).toBe(9);
  });

  it("concurrent moves on one profile wait for each other and keep positions 1…n", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    const ids = await moduleIds(4);
    await setProfileModules(admin, { profileId: id, moduleIds: ids });
    await Promise.all([
      moveProfileModule(admin, { profileId: id, moduleId: ids[3], direction: "up" }),
      moveProfileModule(admin, { profileId: id, moduleId: ids[0], direction: "down" }),
      moveProfileModule(admin, { profileId: id, moduleId: ids[2], direction: "up" }),
    ]);
    const after = await order(id);
    expect(after.map(([, p]) => p)).toEqual([1, 2, 3, 4]);
    expect(new Set(after.map(([m]) => m))).toEqual(new Set(ids));
  });

  it("a removed module is no longer asked of paths under way; a path left complete gets its passport", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    const [a, b, c] = await moduleIds(3);
    await setProfileModules(admin, { profileId: id, moduleIds: [a, b] });
    const ahead = await personWith(id);
    const behind = await personWith(id);
    const now = new Date();
    const aheadPath = (await ensureCurrentPath(db, ahead.personId, now))!;
    const behindPath = (await ensureCurrentPath(db, behind.personId, now))!;
    await db.moduleProgress.update({
      where: { pathId_moduleId: { pathId: aheadPath, moduleId: a } },
      data: { passedAt: now, passedVia: "ONLINE" },
    });
    // a module added meanwhile is for the paths started afterwards
    await addProfileModule(admin, { profileId: id, moduleId: c });
    expect((await getPathView(behind.viewer))!.modules.map((m) => m.id)).toEqual([a, b]);

    const result = await removeProfileModule(admin, { profileId: id, moduleId: b });
    expect(result).toMatchObject({ released: 2, completed: 1 });
    const aheadAfter = await db.learningPath.findUniqueOrThrow({
      where: { id: aheadPath },
      select: { completedAt: true, passportId: true },
    });
    expect(aheadAfter.completedAt).not.toBeNull();
    const passport = await db.passport.findUniqueOrThrow({
      where: { id: aheadAfter.passportId! },
      select: { personId: true, profileId: true },
    });
    expect(passport).toEqual({ personId: ahead.personId, profileId: id });
    const behindView = (await getPathView(behind.viewer))!;
    expect(behindView.completed).toBe(false);
    expect(behindView.modules.map((m) => [m.id, m.state])).toEqual([[a, "AVAILABLE"]]);
    expect(await db.moduleProgress.count({ where: { pathId: behindPath } })).toBe(1);
  });

  it("lists the modules for the studio", async () => {
    const modules = await listStudioModules(await viewerOf(DEMO.admin));
    const urgence = modules.find((m) => m.title === "Procédure d'urgence");
    expect(urgence).toMatchObject({ active: true, publishedNumber: expect.any(Number) });
  });

  it("refuses every other role, in the data layer and in the actions", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { id } = await createProfile(admin, fields());
    const [a] = await moduleIds(1);
    for (const who of NON_ADMINS) {
      const viewer = await viewerOf(who);
      const denied = expect.any(AccessDeniedError);
      await expect(listProfiles(viewer)).rejects.toEqual(denied);
      await expect(getProfile(viewer, id)).rejects.toEqual(denied);
      await expect(listStudioModules(viewer)).rejects.toEqual(denied);
      await expect(createProfile(viewer, fields())).rejects.toEqual(denied);
      await expect(updateProfile(viewer, { profileId: id, ...fields() })).rejects.toEqual(denied);
      await expect(setProfileActive(viewer, { profileId: id, active: false })).rejects.toEqual(denied);
      await expect(setProfileModules(viewer, { profileId: id, moduleIds: [a] })).rejects.toEqual(denied);
      await expect(addProfileModule(viewer, { profileId: id, moduleId: a })).rejects.toEqual(denied);
      await expect(removeProfileModule(viewer, { profileId: id, moduleId: a })).rejects.toEqual(denied);
      await expect(moveProfileModule(viewer, { profileId: id, moduleId: a, direction: "up" })).rejects.toEqual(denied);
      current = viewer;
      const results = await Promise.all([
        createProfileAction(fields()),
        updateProfileAction({ profileId: id, ...fields() }),
        setProfileActiveAction({ profileId: id, active: false }),
        setProfileModulesAction({ profileId: id, moduleIds: [a] }),
        addProfileModuleAction({ profileId: id, moduleId: a }),
        removeProfileModuleAction({ profileId: id, moduleId: a }),
        moveProfileModuleAction({ profileId: id, moduleId: a, direction: "down" }),
      ]);
      for (const r of results) expect(r).toEqual({ ok: false, error: "Accès refusé." });
    }
    current = null;
    expect((await createProfileAction(fields())).ok).toBe(false);
    const untouched = await db.profile.findUniqueOrThrow({
      where: { id },
      select: { active: true, _count: { select: { modules: true } } },
    });
    expect(untouched).toEqual({ active: true, _count: { modules: 0 } });
  });
});
