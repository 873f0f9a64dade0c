// Issue 18, item 3: the checks the control app made offline, sent when the network returns:
// only controllers (and trainers) may send them; each is verified again on the server, logged
// at its offline time with the controller and the site; absurd times are refused; a re-send
// is recorded once; a forged credential is logged as Falsifié.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, ownPassport, viewerOf } from "@/tests/helpers/demo";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { listControllerSites } from "@/lib/sites/sites";
import { syncOfflineChecks } from "@/lib/passports/sync-offline-checks";
import type { OfflineCheckInput } from "@/lib/passports/offline-check.schema";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { syncOfflineChecksAction } from "@/lib/passports/actions";

afterAll(() => db.$disconnect());

const HOUR = 3_600_000;

async function qrOf(number: string) {
  const p = await db.passport.findUniqueOrThrow({
    where: { number },
    select: { number: true, expiresAt: true, person: { select: { firstName: true, lastName: true } }, company: true, profile: true },
  });
  return passportVerificationUrl({
    number: p.number,
    firstName: p.person.firstName,
    lastName: p.person.lastName,
    companyName: p.company.name,
    profileName: p.profile.name,
    expiresAt: p.expiresAt,
  });
}

function offlineCheck(qr: string, over: Partial<OfflineCheckInput> = {}): OfflineCheckInput {
  const checkedAt = Date.now() - 2 * HOUR;
  return {
    id: randomUUID(),
    qr,
    checkedAt,
    listIssuedAt: Math.floor((checkedAt - 3 * HOUR) / 1000),
    siteId: null,
    shownResult: "VALID",
    ...over,
  };
}

describe("syncOfflineChecksAction", () => {
  it("is refused without a session and to every role but controllers and trainers", async () => {
    const input = { checks: [offlineCheck("https://x.fr/verification/A.B.C")] };
    for (const who of [null, DEMO.learnerWithEmail, DEMO.holder, DEMO.referent, DEMO.member, DEMO.admin]) {
      current = who ? await viewerOf(who) : null;
      const res = await syncOfflineChecksAction(input);
      expect(res.ok).toBe(false);
    }
    expect(await db.passportCheck.count({ where: { clientId: input.checks[0].id } })).toBe(0);
    for (const who of [DEMO.controller, DEMO.trainer]) {
      current = await viewerOf(who);
      const res = await syncOfflineChecksAction({ checks: [offlineCheck("https://x.fr/verification/A.B.C")] });
      expect(res).toMatchObject({ ok: true });
    }
  });

  it("refuses a batch that is not checks", async () => {
    current = await viewerOf(DEMO.controller);
    expect((await syncOfflineChecksAction({ checks: [] })).ok).toBe(false);
    expect((await syncOfflineChecksAction({ checks: [{ ...offlineCheck("x.y"), id: "pas-un-uuid" }] })).ok).toBe(false);
  });
});

describe("syncOfflineChecks (data layer)", () => {
  it("is refused to a viewer who is not a controller", async () => {
    for (const who of [DEMO.learnerWithEmail, DEMO.referent, DEMO.member, DEMO.admin]) {
      await expect(syncOfflineChecks(await viewerOf(who), [offlineCheck("a.b")])).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("logs valid, expired and revoked passports at their offline time, with the controller and the site, verified again", async () => {
    const controller = await viewerOf(DEMO.controller);
    const [site] = await listControllerSites(controller);
    const valid = await ownPassport("V");
    const expired = await ownPassport("E");
    await db.passport.update({ where: { id: expired.passport.id }, data: { expiresAt: new Date(Date.now() - 30 * 86_400_000) } });
    const revoked = await ownPassport("R", { revoked: true });

    const checks = [
      offlineCheck(await qrOf(valid.number), { siteId: site?.id }),
      offlineCheck(await qrOf(expired.number), { siteId: site?.id, shownResult: "EXPIRED" }),
      // the phone's list did not have it yet: its verdict is kept beside the server's
      offlineCheck(await qrOf(revoked.number), { siteId: site?.id, shownResult: "VALID" }),
    ];
    const before = new Date();
    const outcomes = await syncOfflineChecks(controller, checks);
    expect(outcomes.map((o) => o.status)).toEqual(["recorded", "recorded", "recorded"]);

    const rows = await db.passportCheck.findMany({
      where: { clientId: { in: checks.map((c) => c.id) } },
      select: {
        clientId: true,
        passportId: true,
        result: true,
        offlineResult: true,
        offline: true,
        checkedAt: true,
        syncedAt: true,
        checkedById: true,
        siteId: true,
        channel: true,
      },
    });
    const byId = new Map(rows.map((r) => [r.clientId, r]));
    const expectations = [
      [valid, "VALID", "VALID"],
      [expired, "EXPIRED", "EXPIRED"],
      [revoked, "REVOKED", "VALID"],
    ] as const;
    expectations.forEach(([own, result, shown], i) => {
      const row = byId.get(checks[i].id)!;
      expect(row).toMatchObject({
        passportId: own.passport.id,
        result,
        offlineResult: shown,
        offline: true,
        checkedById: controller.person!.id,
        siteId: site?.id ?? null,
        channel: "CONTROL",
      });
      expect(row.checkedAt.getTime()).toBe(checks[i].checkedAt);
      expect(row.syncedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    });
    expect(site).toBeDefined();
  });

  it("records a re-sent check once (the phone's id), even twice in one batch", async () => {
    const controller = await viewerOf(DEMO.controller);
    const { number } = await ownPassport("D");
    const check = offlineCheck(await qrOf(number));
    expect((await syncOfflineChecks(controller, [check, check])).map((o) => o.status)).toEqual(["recorded", "duplicate"]);
    expect((await syncOfflineChecks(controller, [check]))[0].status).toBe("duplicate");
    const [a, b] = await Promise.all([syncOfflineChecks(controller, [check]), syncOfflineChecks(controller, [check])]);
    expect([a[0].status, b[0].status]).toEqual(["duplicate", "duplicate"]);
    expect(await db.passportCheck.count({ where: { clientId: check.id } })).toBe(1);
  });

  it("refuses absurd times: in the future, too old, before the list it used, or with too old a list", async () => {
    const controller = await viewerOf(DEMO.controller);
    const { number } = await ownPassport("B");
    const qr = await qrOf(number);
    const now = Date.now();
    const bad = [
      offlineCheck(qr, { checkedAt: now + HOUR, listIssuedAt: Math.floor(now / 1000) - 60 }),
      offlineCheck(qr, { checkedAt: now - 8 * 24 * HOUR, listIssuedAt: Math.floor((now - 9 * 24 * HOUR) / 1000) }),
      offlineCheck(qr, { checkedAt: now - 2 * HOUR, listIssuedAt: Math.floor(now / 1000) }),
      offlineCheck(qr, { checkedAt: now - HOUR, listIssuedAt: Math.floor((now - 8 * 24 * HOUR) / 1000) }),
    ];
    const outcomes = await syncOfflineChecks(controller, bad);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(outcomes.map((o) => o.reason)).toEqual([
      "Heure du contrôle dans le futur.",
      "Contrôle trop ancien.",
      "Liste des passeports révoqués postérieure au contrôle.",
      "Liste des passeports révoqués trop ancienne pour ce contrôle.",
    ]);
    expect(await db.passportCheck.count({ where: { clientId: { in: bad.map((c) => c.id) } } })).toBe(0);
    // a little clock skew is fine
    expect(
      (await syncOfflineChecks(controller, [offlineCheck(qr, { checkedAt: now + 60_000, listIssuedAt: Math.floor(now / 1000) })]))[0]
        .status,
    ).toBe("recorded");
  });

  it("logs a forged credential as Falsifié, whatever the phone showed, and never a site of another company", async () => {
    const controller = await viewerOf(DEMO.controller);
    const { number } = await ownPassport("F");
    const genuine = await qrOf(number);
    // one character of the signature changed
    const forged = genuine.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const otherSite = await db.site.findFirst({
      where: { company: { people: { none: { id: controller.person!.id } } } },
      select: { id: true },
    });
    const check = offlineCheck(forged, { shownResult: "VALID", siteId: otherSite?.id ?? "inconnu" });
    expect((await syncOfflineChecks(controller, [check]))[0].status).toBe("recorded");
    const row = await db.passportCheck.findUniqueOrThrow({ where: { clientId: check.id } });
    expect(row).toMatchObject({ result: "FORGED", offlineResult: "VALID", offline: true, siteId: null, passportId: null });
    expect(row.checkedAt.getTime()).toBe(check.checkedAt);
  });
});
