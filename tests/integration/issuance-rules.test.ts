// Issue 17, items 2 and 3: a passport comes only from a session whose playback ran to the
// end (or that was declared on paper), never from one's own decision; it names its trainer;
// the referents are told; and a company login links only a person of its own company.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { recordDecisions } from "@/lib/sessions/decide";
import { declarePaperOnly, recordPlayback } from "@/lib/sessions/trainer-session";
import { linkExistingAccount } from "@/lib/companies/space-link";
import { createEmployee } from "@/lib/people/create-employee";
import { DEMO, DEMO_PASSWORD, uniq, viewerOf } from "@/tests/helpers/demo";
import { playWholeSession } from "@/tests/helpers/sessions";
import { companyWithTrainerReferent } from "@/tests/helpers/linked-company";

afterAll(() => db.$disconnect());

const cst = () => db.company.findFirstOrThrow({ where: { referentEmail: "referent@cst-demo.fr" }, select: { id: true } });

async function session(participants: Record<string, unknown>[]) {
  const trainer = await viewerOf(DEMO.trainer);
  const created = await createAwarenessSession(trainer, createSessionSchema.parse({ profileCode: "ADMINISTRATIF", participants }));
  const rows = await db.sessionParticipant.findMany({ where: { sessionId: created.sessionId }, orderBy: { position: "asc" } });
  return { trainer, ...created, rows };
}

describe("decisions need the whole playback or a paper-only declaration", () => {
  it("refuses decisions before the end, and after jumping to the end with modules skipped", async () => {
    const tag = uniq();
    const { trainer, sessionId, rows } = await session([{ lastName: `Diffuse${tag}`, firstName: "Ana", companyId: (await cst()).id }]);
    const decide = () => recordDecisions(trainer, [{ participantId: rows[0].id, decision: "PASSED" }]);
    await expect(decide()).rejects.toThrow("n'a pas été diffusée jusqu'au dernier module");

    const modules = await db.profileModule.findMany({
      where: { profile: { code: "ADMINISTRATIF" }, module: { active: true } },
      orderBy: { position: "asc" },
    });
    expect(modules.length).toBeGreaterThan(1);
    await recordPlayback(trainer, sessionId, { moduleId: modules[0].moduleId });
    expect(await recordPlayback(trainer, sessionId, { end: true })).toEqual({ completed: false });
    await expect(decide()).rejects.toBeInstanceOf(UserFacingError);
    expect(await db.passport.count({ where: { personId: rows[0].personId } })).toBe(0);

    expect(await playWholeSession(trainer, sessionId)).toEqual({ completed: true });
    expect(await decide()).toEqual({ passports: 1 });
    const passport = await db.passport.findFirstOrThrow({ where: { personId: rows[0].personId } });
    expect(passport).toMatchObject({ sessionId, trainerId: trainer.person!.id, issuedVia: "SESSION" });
    expect(await db.auditLog.count({ where: { action: "session.playback_completed", targetId: sessionId } })).toBe(1);
  });

  it("another trainer's playback or a module of another profile records nothing", async () => {
    const tag = uniq();
    const { sessionId } = await session([{ lastName: `Autre${tag}`, firstName: "Bo", companyId: (await cst()).id }]);
    const foreign = await db.profileModule.findFirstOrThrow({
      where: { profile: { code: "TRANSPORTEUR" }, module: { profiles: { none: { profile: { code: "ADMINISTRATIF" } } } } },
    });
    await expect(recordPlayback(await viewerOf(DEMO.trainer), sessionId, { moduleId: foreign.moduleId })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(recordPlayback(await viewerOf(DEMO.controller), sessionId, { end: true })).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.awarenessSession.findUniqueOrThrow({ where: { id: sessionId } })).playbackModulesSeen).toEqual([]);
  });

  it("a paper-only declaration opens the decisions and is audited, once", async () => {
    const tag = uniq();
    const { trainer, sessionId, rows } = await session([{ lastName: `Papier${tag}`, firstName: "Cy", companyId: (await cst()).id }]);
    await expect(declarePaperOnly(await viewerOf(DEMO.controller), sessionId)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await declarePaperOnly(trainer, sessionId)).toEqual({ declared: true });
    expect(await declarePaperOnly(trainer, sessionId)).toEqual({ declared: false });
    const entries = await db.auditLog.findMany({ where: { action: "session.paper_only_declared", targetId: sessionId } });
    expect(entries.map((e) => e.actorAccountId)).toEqual([trainer.accountId]);
    expect(await recordDecisions(trainer, [{ participantId: rows[0].id, decision: "PASSED" }])).toEqual({ passports: 1 });
  });
});

describe("nobody decides their own passport", () => {
  it("the wizard refuses the trainer as a participant, on the e-mail field", async () => {
    const error = await session([
      { lastName: "Durand", firstName: "Sophie", email: DEMO.trainer, useExistingAccount: true, companyName: "Granulats du Val de Loire" },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors["participants.0.email"]).toContain("Vous ne pouvez pas suivre votre propre session");
  });

  it("recordDecisions refuses the trainer's own row, whatever put it there", async () => {
    const tag = uniq();
    const { trainer, sessionId, rows } = await session([{ lastName: `Soi${tag}`, firstName: "Di", companyId: (await cst()).id }]);
    await playWholeSession(trainer, sessionId);
    const self = await db.sessionParticipant.create({
      data: { sessionId, personId: trainer.person!.id, companyId: trainer.person!.companyId, position: rows.length + 1 },
    });
    await expect(recordDecisions(trainer, [{ participantId: self.id, decision: "PASSED" }])).rejects.toThrow("votre propre passeport");
    expect(await db.passport.count({ where: { personId: trainer.person!.id, sessionId } })).toBe(0);
  });
});

describe("referents are told", () => {
  it("of their people added to another company's session, and of the passports issued, with the trainer's name", async () => {
    const tag = uniq();
    // an existing worker of CST (not a demo account: other tests rely on theirs)
    const email = `existant-${tag}@example.fr`;
    await createEmployee(await viewerOf(DEMO.referent), {
      firstName: "Lucie",
      lastName: `Existante${tag}`,
      noEmail: false,
      email,
      isHauler: false,
      isTechnical: false,
      isTrainer: false,
      isController: false,
      hasSnbpe: false,
    });
    const { trainer, sessionId, rows, label } = await session([
      { lastName: "X", firstName: "Y", email, useExistingAccount: true, companyName: "Carrières Services Transports" },
      { lastName: `Nouveau${tag}`, firstName: "Eli", companyId: (await cst()).id },
    ]);
    // other tests write to the same referent at the same time: ours are found by this test's names
    const mails = (template: string) =>
      db.emailOutbox.findMany({ where: { to: "referent@cst-demo.fr", template, text: { contains: `EXISTANTE${tag.toUpperCase()}` } } });
    const [added, ...more] = await mails("session-existing-participant-referent");
    expect(more).toEqual([]);
    expect(added.text).toContain("Sophie DURAND");
    expect(added.text).toContain(label);
    expect(added.text).not.toContain(`NOUVEAU${tag.toUpperCase()}`); // a new account is not "an existing person"

    await playWholeSession(trainer, sessionId);
    await recordDecisions(
      trainer,
      rows.map((r) => ({ participantId: r.id, decision: "PASSED" as const })),
    );
    const told = await mails("session-passports-referent");
    expect(told).toHaveLength(1); // one e-mail for the company, not one per person
    const numbers = await db.passport.findMany({ where: { sessionId }, select: { number: true } });
    expect(numbers).toHaveLength(2);
    for (const { number } of numbers) expect(told[0].text).toContain(number);
    expect(told[0].text).toContain(`NOUVEAU${tag.toUpperCase()}`);
    expect(told[0].text).toContain("Sophie DURAND (Granulats du Val de Loire)");
  });
});

describe("linking (C1)", () => {
  it("refuses a user account of another company, with its right password", async () => {
    const c = await companyWithTrainerReferent();
    const error = await linkExistingAccount(await c.companyViewer(), { identifier: DEMO.holder, password: DEMO_PASSWORD }).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toContain("appartient à une autre entreprise");
    const holder = await db.account.findUniqueOrThrow({
      where: { email: DEMO.holder },
      select: { disabledAt: true, person: { select: { spaceLink: true } } },
    });
    expect(holder).toEqual({ disabledAt: null, person: { spaceLink: null } });
  });
});
