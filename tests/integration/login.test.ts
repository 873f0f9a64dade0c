import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { loadViewer } from "@/lib/auth/viewer";
import { homeOf } from "@/lib/auth/spaces";
import { THROTTLE } from "@/lib/auth/throttle";
import { DEMO, DEMO_PASSWORD, uniq } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

async function landing(identifier: string) {
  const result = await verifyCredentials(identifier, DEMO_PASSWORD, null);
  if (!result.ok) throw new Error(`connexion refusée pour ${identifier}: ${result.reason}`);
  const viewer = await loadViewer(result.accountId, result.credentialsVersion);
  return homeOf(viewer!);
}

describe("login by each kind of identifier (A1/A5)", () => {
  it("accepts an e-mail, whatever its case", async () => {
    expect(await landing(DEMO.learnerWithEmail.toUpperCase())).toBe("/espace");
  });
  it("accepts a generated unique ID, whatever its case", async () => {
    expect(await landing(DEMO.learnerWithUniqueId.toLowerCase())).toBe("/espace");
  });
  it("accepts a member number and opens the member company space", async () => {
    expect(await landing(DEMO.member)).toBe("/adherent");
  });
  it("sends each role to its own space", async () => {
    expect(await landing(DEMO.referent)).toBe("/entreprise");
    expect(await landing(DEMO.admin)).toBe("/admin");
    expect(await landing(DEMO.trainer)).toBe("/espace");
    expect(await landing(DEMO.controller)).toBe("/espace");
  });
});

describe("refusals", () => {
  it("gives the same answer for a wrong password and an unknown identifier", async () => {
    const wrong = await verifyCredentials(DEMO.holder, "pas-le-bon-1", `10.0.0.${Math.floor(Math.random() * 250)}`);
    const unknown = await verifyCredentials(`inconnu-${uniq()}@example.fr`, "pas-le-bon-1", null);
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks an identifier after repeated failures, even with the right password, then lets it in later", async () => {
    const email = `verrou-${uniq()}@example.fr`;
    const { hashPassword } = await import("@/lib/auth/password");
    await db.account.create({ data: { email, passwordHash: await hashPassword("Bon-Mot-2026"), mustSetPassword: false } });
    const t0 = new Date("2026-01-10T10:00:00Z");
    for (let i = 0; i < THROTTLE.identifier.maxFailures; i++) {
      expect((await verifyCredentials(email, "mauvais-1234", null, t0)).ok).toBe(false);
    }
    expect(await verifyCredentials(email, "Bon-Mot-2026", null, t0)).toEqual({ ok: false, reason: "THROTTLED" });
    const later = new Date(t0.getTime() + (THROTTLE.identifier.lockMinutes + 1) * 60_000);
    expect((await verifyCredentials(email, "Bon-Mot-2026", null, later)).ok).toBe(true);
  });

  it("refuses a disabled account and a session whose credentials changed", async () => {
    const email = `desactive-${uniq()}@example.fr`;
    const { hashPassword } = await import("@/lib/auth/password");
    const account = await db.account.create({ data: { email, passwordHash: await hashPassword("Bon-Mot-2026"), mustSetPassword: false } });
    expect(await loadViewer(account.id, 0)).not.toBeNull();
    expect(await loadViewer(account.id, 1)).toBeNull();
    await db.account.update({ where: { id: account.id }, data: { disabledAt: new Date() } });
    expect((await verifyCredentials(email, "Bon-Mot-2026", null)).ok).toBe(false);
    expect(await loadViewer(account.id)).toBeNull();
  });

  it("stores argon2id hashes, never the password", async () => {
    const account = await db.account.findUniqueOrThrow({ where: { email: DEMO.holder } });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account.passwordHash).not.toContain(DEMO_PASSWORD);
  });
});
