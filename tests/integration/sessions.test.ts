import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { recordDecisions } from "@/lib/sessions/decide";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { UserFacingError } from "@/lib/errors";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";
import { playWholeSession } from "@/tests/helpers/sessions";

afterAll(() => db.$disconnect());

const companyId = async () => (await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } })).id;

describe("group session wizard (E2–E3)", () => {
  it("creates every participant's account in one transaction, numbered, with e-mails", async () => {
    const tag = uniq();
    const input = createSessionSchema.parse({
      profileCode: "ADMINISTRATIF",
      participants: [
        { lastName: `Groupe${tag}`, firstName: "Ana", email: `ana-${tag}@example.fr`, companyId: await companyId() },
        { lastName: `Groupe${tag}`, firstName: "Bob", companyId: await companyId() },
      ],
    });
    const created = await createAwarenessSession(await viewerOf(DEMO.trainer), input);
    expect(created.label).toMatch(/^Salarié administratif n°\d+$/);
    expect(created.participants[1].uniqueId).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const people = await db.person.findMany({ where: { lastName: `Groupe${tag}` }, include: { profile: true } });
    expect(people.map((p) => [p.firstName, p.origin, p.profile?.code]).sort()).toEqual([
      ["Ana", "SESSION", "ADMINISTRATIF"],
      ["Bob", "SESSION", "ADMINISTRATIF"],
    ]);
    expect(
      await db.emailOutbox.count({
        where: {
          template: "session-participant",
          OR: [{ to: `ana-${tag}@example.fr` }, { text: { contains: created.participants[1].uniqueId! } }],
        },
      }),
    ).toBe(2);
  });

  it("creates nothing when one row is wrong, and offers to add an existing account", async () => {
    const tag = uniq();
    const rows: { lastName: string; firstName: string; companyId: string; email?: string; useExistingAccount?: boolean }[] = [
      { lastName: `Rate${tag}`, firstName: "Ok", companyId: await companyId() },
      { lastName: `Rate${tag}`, firstName: "Déjà", email: DEMO.learnerWithEmail, companyId: await companyId() },
    ];
    const error = await createAwarenessSession(
      await viewerOf(DEMO.trainer),
      createSessionSchema.parse({ profileCode: "TECHNIQUE", participants: rows }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors["participants.1.email"]).toContain("déjà un compte");
    expect(await db.person.count({ where: { lastName: `Rate${tag}` } })).toBe(0);

    rows[1] = { ...rows[1], useExistingAccount: true };
    const created = await createAwarenessSession(
      await viewerOf(DEMO.trainer),
      createSessionSchema.parse({ profileCode: "TECHNIQUE", participants: rows }),
    );
    const participants = await db.sessionParticipant.findMany({
      where: { sessionId: created.sessionId },
      include: { person: { include: { account: true } } },
    });
    expect(participants.map((p) => p.person.account.email)).toContain(DEMO.learnerWithEmail);
  });

  it("is refused to anyone who is not a trainer", async () => {
    const input = createSessionSchema.parse({
      profileCode: "ADMINISTRATIF",
      participants: [{ lastName: "X", firstName: "Y", companyId: await companyId() }],
    });
    await expect(createAwarenessSession(await viewerOf(DEMO.controller), input)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createAwarenessSession(await viewerOf(DEMO.referent), input)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("VALIDATION DES PASSEPORTS (E7)", () => {
  it("issues passports for 'Passeport obtenu', and decisions are final and the trainer's own", async () => {
    const tag = uniq();
    const input = createSessionSchema.parse({
      profileCode: "TRANSPORTEUR",
      participants: [
        { lastName: `Valide${tag}`, firstName: "Un", companyId: await companyId() },
        { lastName: `Valide${tag}`, firstName: "Deux", companyId: await companyId() },
      ],
    });
    const trainer = await viewerOf(DEMO.trainer);
    const { sessionId } = await createAwarenessSession(trainer, input);
    const [one, two] = await db.sessionParticipant.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
    await playWholeSession(trainer, sessionId);

    // another trainer cannot decide for this session
    const otherTrainerAccount = await db.account.create({ data: { email: `formateur-${tag}@example.fr` } });
    const other = await db.person.create({
      data: {
        accountId: otherTrainerAccount.id,
        companyId: await companyId(),
        firstName: "Autre",
        lastName: "Formateur",
      },
    });
    await accreditTrainer(other.id);
    await expect(
      recordDecisions(await viewerOf(`formateur-${tag}@example.fr`), [{ participantId: one.id, decision: "PASSED" }]),
    ).rejects.toBeInstanceOf(AccessDeniedError);

    expect(await recordDecisions(trainer, [{ participantId: one.id, decision: "PASSED" }])).toEqual({ passports: 1 });
    expect((await db.awarenessSession.findUniqueOrThrow({ where: { id: sessionId } })).status).not.toBe("CLOSED");
    expect(await recordDecisions(trainer, [{ participantId: two.id, decision: "MUST_RETAKE" }])).toEqual({ passports: 0 });
    expect((await db.awarenessSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("CLOSED"); // everyone decided
    const passed = await db.sessionParticipant.findUniqueOrThrow({ where: { id: one.id }, include: { passport: true } });
    expect(passed.passport).toMatchObject({ issuedVia: "SESSION", sessionId, status: "ACTIVE" });
    expect((await checkAtGate(await viewerOf(DEMO.controller), passed.passport!.number)).result).toBe("VALID");
    expect((await db.sessionParticipant.findUniqueOrThrow({ where: { id: two.id } })).passportId).toBeNull();

    await expect(recordDecisions(trainer, [{ participantId: two.id, decision: "PASSED" }])).rejects.toThrow("ne peut plus être modifiée");
  });
});

describe("the trainer's participants (E7/E8)", () => {
  it("lists only the trainer's own participants, searchable by name, company and session", async () => {
    const { listTrainerParticipants } = await import("@/lib/sessions/list-participants");
    const tag = uniq();
    const trainer = await viewerOf(DEMO.trainer);
    const { sessionId, label } = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "ADMINISTRATIF",
        participants: [{ lastName: `Liste${tag}`, firstName: "Zoé", companyId: await companyId() }],
      }),
    );
    const byName = await listTrainerParticipants(trainer, { q: `liste${tag}` });
    expect(byName.map((r) => [r.lastName, r.sessionLabel, r.decision])).toEqual([[`Liste${tag}`, label, "PENDING"]]);
    const byLabel = await listTrainerParticipants(trainer, { q: label });
    expect(byLabel.some((r) => r.lastName === `Liste${tag}`)).toBe(true);
    // a session's label names that session only, not every session of its profile
    expect(byLabel.every((r) => r.sessionLabel === label)).toBe(true);
    expect(await listTrainerParticipants(trainer, { q: `liste${tag}`, decided: "PASSED" })).toEqual([]);
    const [row] = await db.sessionParticipant.findMany({ where: { sessionId } });
    await playWholeSession(trainer, sessionId);
    await recordDecisions(trainer, [{ participantId: row.id, decision: "PASSED" }]);
    const passed = await listTrainerParticipants(trainer, { q: `liste${tag}`, decided: "PASSED" });
    expect(passed[0].passportId).not.toBeNull();
    await expect(listTrainerParticipants(await viewerOf(DEMO.controller), {})).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
