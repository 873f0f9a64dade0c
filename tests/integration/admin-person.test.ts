// Issue 11, items 2 and 9: every action of an administrator's person page succeeds for an
// administrator and writes its audit entry in the same transaction, and is refused to every
// other role and to anonymous visitors, with nothing changed. The session lookup is
// replaced by a chosen viewer; everything else (action clients, database) is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen } from "@/lib/auth/spaces";
import { verifyPassport } from "@/lib/passports/verify-passport";
import { getPersonForAdmin } from "@/lib/people/admin-person";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
import { blockedWorker } from "@/tests/helpers/blocked-worker";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import {
  adminChangeProfileAction,
  adminDeletePersonAction,
  adminGrantAccreditationAction,
  adminMovePersonAction,
  adminRevokePassportAction,
  adminSendPasswordLinkAction,
  adminSetControllerAction,
  adminUnblockPersonAction,
} from "@/lib/people/actions";
import { searchSuggestionsAction } from "@/lib/admin/actions";

afterAll(() => db.$disconnect());

const OTHERS = [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller];
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const worker = (withEmail = true) => blockedWorker({ withEmail });

const lastAudit = (targetId: string, action: string) => db.auditLog.findFirst({ where: { targetId, action }, orderBy: { at: "desc" } });

async function as(identifier: string | null) {
  current = identifier ? await viewerOf(identifier) : null;
}

/** The action is refused to anonymous visitors and every other role; the check runs after each. */
async function refusedToOthers(run: () => Promise<{ ok: boolean; error?: string }>, unchanged: () => Promise<void>) {
  await as(null);
  expect(await run()).toEqual({ ok: false, error: "Votre session a expiré\u202f: reconnectez-vous." });
  for (const who of OTHERS) {
    await as(who);
    expect([who, await run()]).toEqual([who, { ok: false, error: "Accès refusé." }]);
  }
  await unchanged();
}

describe("an administrator's actions on a person", () => {
  it("unblock: refused to others; the administrator unblocks, audited", async () => {
    const w = await worker();
    const run = () => adminUnblockPersonAction({ personId: w.id });
    await refusedToOthers(run, async () => expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).blockedAt).not.toBeNull());
    await as(DEMO.admin);
    const res = await run();
    expect(res).toEqual({ ok: true, data: expect.stringContaining("débloqué") });
    expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).blockedAt).toBeNull();
    expect(await lastAudit(w.id, "learner.unblocked")).toMatchObject({ actorAccountId: current!.accountId, companyId: w.companyId });
    // a second time says there is nothing to do, in French
    expect(await run()).toEqual({ ok: false, error: expect.stringContaining("n'est pas bloqué") });
  });

  it("new link: a first-login link to the person's e-mail, or to the referent when they have none; audited", async () => {
    const w = await worker();
    const run = () => adminSendPasswordLinkAction({ personId: w.id });
    const tokens = () => db.passwordToken.count({ where: { accountId: w.accountId } });
    const before = await tokens();
    await refusedToOthers(run, async () => expect(await tokens()).toBe(before));
    await as(DEMO.admin);
    expect(await run()).toEqual({ ok: true, data: `Un nouveau lien de première connexion a été envoyé à ${w.email}.` });
    const token = await db.passwordToken.findFirstOrThrow({ where: { accountId: w.accountId }, orderBy: { createdAt: "desc" } });
    expect(token).toMatchObject({ purpose: "FIRST_LOGIN", sentTo: w.email, usedAt: null });
    expect((await db.emailOutbox.findFirstOrThrow({ where: { to: w.email }, orderBy: { createdAt: "desc" } })).text).toContain(
      "/definir-mot-de-passe/",
    );
    expect(await lastAudit(w.id, "admin.password_link_sent")).toMatchObject({ data: { purpose: "FIRST_LOGIN", sentTo: w.email } });

    const noEmail = await worker(false);
    const res = await adminSendPasswordLinkAction({ personId: noEmail.id });
    expect(res).toEqual({ ok: true, data: expect.stringContaining("referent@cst-demo.fr") });
  });

  it("change profile: refused to others; changed and audited with before and after", async () => {
    const w = await worker();
    const run = () => adminChangeProfileAction({ personId: w.id, profileCode: "TRANSPORTEUR" });
    await refusedToOthers(run, async () =>
      expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).profileId).toBe(w.profileId),
    );
    await as(DEMO.admin);
    expect((await run()).ok).toBe(true);
    const after = await db.person.findUniqueOrThrow({ where: { id: w.id }, select: { profile: { select: { code: true } } } });
    expect(after.profile?.code).toBe("TRANSPORTEUR");
    expect(await lastAudit(w.id, "admin.profile_changed")).toMatchObject({ data: { to: "TRANSPORTEUR" } });
    // an unknown profile is a French error next to the field, not a crash
    expect(await adminChangeProfileAction({ personId: w.id, profileCode: "INCONNU" })).toMatchObject({
      ok: false,
      fieldErrors: { profileCode: expect.any(String) },
    });
  });

  it("controller role: granted then withdrawn, each audited; refused to others", async () => {
    const w = await worker();
    const grant = () => adminSetControllerAction({ personId: w.id, controller: true });
    await refusedToOthers(grant, async () => expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).roles).toEqual([]));
    await as(DEMO.admin);
    expect((await grant()).ok).toBe(true);
    expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).roles).toEqual(["CONTROLLER"]);
    expect(await lastAudit(w.id, "admin.controller_granted")).not.toBeNull();
    expect((await adminSetControllerAction({ personId: w.id, controller: false })).ok).toBe(true);
    expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).roles).toEqual([]);
    expect(await lastAudit(w.id, "admin.controller_withdrawn")).not.toBeNull();
  });

  it("trainer accreditation: an administrator grants it directly (the trainer space opens), audited; refused to others", async () => {
    const w = await worker();
    const validUntil = isoDay(new Date(Date.now() + 30 * 86_400_000));
    const run = () => adminGrantAccreditationAction({ personId: w.id, validUntil });
    await refusedToOthers(run, async () => expect(await db.trainerAccreditation.count({ where: { personId: w.id } })).toBe(0));
    await as(DEMO.admin);
    expect(await run()).toEqual({ ok: true, data: expect.stringContaining("accordée") });
    expect(canOpen((await loadViewer(w.accountId))!, "formateur")).toBe(true);
    expect(await lastAudit(w.id, "accreditation.approved")).toMatchObject({ actorAccountId: current!.accountId });
    expect(await run()).toEqual({ ok: false, error: expect.stringContaining("déjà habilité") });
    // a date in the past is refused next to the field
    const other = await worker();
    expect(await adminGrantAccreditationAction({ personId: other.id, validUntil: "2020-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: expect.any(String) },
    });
  });

  it("revoke a passport with a reason: the gate then says Révoqué; audited; refused to others", async () => {
    const w = await worker();
    const run = () => adminRevokePassportAction({ passportId: w.passport.id, reason: "Fraude constatée" });
    await refusedToOthers(run, async () =>
      expect((await db.passport.findUniqueOrThrow({ where: { id: w.passport.id } })).status).toBe("ACTIVE"),
    );
    await as(DEMO.admin);
    expect((await run()).ok).toBe(true);
    expect(await db.passport.findUniqueOrThrow({ where: { id: w.passport.id } })).toMatchObject({
      status: "REVOKED",
      revokedReason: "Fraude constatée",
    });
    expect((await verifyPassport({ number: w.passport.number }, { channel: "CONTROL" })).result).toBe("REVOKED");
    expect(await lastAudit(w.id, "passport.revoked")).toMatchObject({ data: { number: w.passport.number, reason: "Fraude constatée" } });
    expect(await adminRevokePassportAction({ passportId: w.passport.id, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(String) },
    });
  });

  it("move to another company: passports follow, both referents told, audited; refused to others", async () => {
    const w = await worker();
    const run = () => adminMovePersonAction({ personId: w.id, company: "A10427" });
    await refusedToOthers(run, async () =>
      expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).companyId).toBe(w.companyId),
    );
    await as(DEMO.admin);
    const since = new Date();
    expect((await run()).ok).toBe(true);
    const member = await db.company.findUniqueOrThrow({ where: { memberNumber: "A10427" } });
    expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).companyId).toBe(member.id);
    expect((await db.passport.findUniqueOrThrow({ where: { id: w.passport.id } })).companyId).toBe(member.id);
    expect((await verifyPassport({ number: w.passport.number }, { channel: "CONTROL" })).companyName).toBe(member.name);
    const told = await db.emailOutbox.findMany({
      where: { createdAt: { gte: since }, template: { in: ["person-moved-out", "person-moved-in"] } },
    });
    expect(told.map((m) => m.to).sort()).toEqual(["adherent@gvl-demo.fr", "referent@cst-demo.fr"]);
    expect(await lastAudit(w.id, "admin.person_moved")).toMatchObject({ companyId: member.id, data: { fromCompanyId: w.companyId } });
    expect(await adminMovePersonAction({ personId: w.id, company: "00000000000000" })).toMatchObject({
      ok: false,
      fieldErrors: { company: expect.any(String) },
    });
  });

  it("delete: login disabled, passports revoked, history kept; audited; refused to others", async () => {
    const w = await worker();
    const run = () => adminDeletePersonAction({ personId: w.id });
    await refusedToOthers(run, async () => expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).deletedAt).toBeNull());
    await as(DEMO.admin);
    expect((await run()).ok).toBe(true);
    expect((await db.person.findUniqueOrThrow({ where: { id: w.id } })).deletedAt).not.toBeNull();
    expect(await db.account.findUniqueOrThrow({ where: { id: w.accountId } })).toMatchObject({ disabledAt: expect.any(Date), email: null });
    expect((await db.passport.findUniqueOrThrow({ where: { id: w.passport.id } })).status).toBe("REVOKED");
    expect(await loadViewer(w.accountId)).toBeNull();
    expect(await lastAudit(w.id, "admin.person_deleted")).toMatchObject({ data: { email: w.email, passportsRevoked: 1 } });
    // the page still shows the history; further actions say the person was deleted
    const page = await getPersonForAdmin(current!, w.id);
    expect(page?.passports.map((p) => p.number)).toEqual([w.passport.number]);
    expect(await adminUnblockPersonAction({ personId: w.id })).toEqual({ ok: false, error: expect.stringContaining("supprimée") });
  });

  it("the person's page is read by administrators only, with attempts, passports, checks, e-mails and audit", async () => {
    const w = await worker();
    await verifyPassport({ number: w.passport.number }, { channel: "CONTROL" });
    await as(DEMO.admin);
    await adminUnblockPersonAction({ personId: w.id });
    const page = await getPersonForAdmin(current!, w.id);
    expect(page).toMatchObject({ id: w.id, account: { email: w.email }, company: { id: w.companyId } });
    expect(page!.passports[0].checks).toHaveLength(1);
    // read in one SQL statement (issue 11, item 8): dates are dates again, with their instant
    const stored = await db.passport.findUniqueOrThrow({ where: { number: w.passport.number }, include: { person: true } });
    expect(page!.passports[0]).toMatchObject({
      number: stored.number,
      issuedAt: stored.issuedAt,
      expiresAt: stored.expiresAt,
      status: "ACTIVE",
    });
    expect(page!.passports[0].checks[0]).toMatchObject({ result: "VALID", channel: "CONTROL", checkedBy: null });
    expect(page!.passports[0].checks[0].checkedAt).toBeInstanceOf(Date);
    expect(page!.createdAt).toEqual(stored.person.createdAt);
    expect(page!.profiles.length).toBeGreaterThan(0);
    expect(page!.emails.length).toBeGreaterThan(0);
    expect(page!.auditEntries.map((e) => e.action)).toContain("learner.unblocked");
    for (const who of OTHERS) await expect(getPersonForAdmin(await viewerOf(who), w.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getPersonForAdmin(current!, "nimporte-quoi")).toBeNull();
  });

  it("search suggestions as one types: refused to others, grouped results for administrators", async () => {
    const w = await worker();
    const run = () => searchSuggestionsAction({ q: w.passport.number });
    await refusedToOthers(run, async () => undefined);
    await as(DEMO.admin);
    const res = await run();
    expect(res.ok && res.data.people.map((p) => p.id)).toEqual([w.id]);
    expect(await searchSuggestionsAction({ q: "x".repeat(500) })).toMatchObject({
      ok: false,
      fieldErrors: { q: "Recherche trop longue." },
    });
  });
});
