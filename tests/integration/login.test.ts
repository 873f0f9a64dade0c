import { db } from "@/lib/db";
import { logIn, verifyCredentials } from "@/lib/auth/verify-credentials";
import { loadViewer } from "@/lib/auth/viewer";
import { homeOf } from "@/lib/auth/spaces";
import { DEMO, DEMO_PASSWORD, uniq } from "@/tests/helpers/demo";
import { hashPassword } from "@/lib/auth/password";
import { proofDifficulty, THROTTLE } from "@/lib/auth/throttle";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { createHash } from "node:crypto";
import { solveProofOfWork } from "@/tests/helpers/pow";
import { leadingZeroBits } from "@/lib/antibot/solve";
import { clientAddressOfHeaders, PEER_HEADER } from "@/lib/http/client-address";

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
    expect(await landing(DEMO.controller)).toBe("/espace/controle"); // issue 18, item 5
  });
});

describe("refusals", () => {
  it("gives the same answer for a wrong password and an unknown identifier", async () => {
    // a fresh account: wrong guesses on a demo login would add up from run to run
    const email = `titulaire-${uniq()}@example.fr`;
    await db.account.create({ data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false } });
    const wrong = await verifyCredentials(email, "pas-le-bon-1", `10.0.0.${Math.floor(Math.random() * 250)}`);
    const unknown = await verifyCredentials(`inconnu-${uniq()}@example.fr`, "pas-le-bon-1", null);
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual({ ok: false, reason: "INVALID" });
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

describe("throttling that neither yields nor locks victims out (issue 17, item 8)", () => {
  async function account() {
    const email = `essais-${uniq()}@example.fr`;
    await db.account.create({ data: { email, passwordHash: await hashPassword(RIGHT), mustSetPassword: false } });
    return email;
  }
  const RIGHT = "Gravier-Rouge-Lundi-26";
  /** A proof of exactly `difficulty` bits (a solution often has a few more by chance). */
  const proof = async (difficulty: number, now: Date) => {
    const { challenge } = newChallenge(now.getTime(), difficulty);
    for (let start = 0; ;) {
      const nonce = Number(await solveProofOfWork(challenge, difficulty, start));
      const digest = createHash("sha256")
        .update(challenge + nonce)
        .digest();
      if (leadingZeroBits(digest) === difficulty) return { challenge, nonce: String(nonce) };
      start = nonce + 1;
    }
  };

  it("asks for a proof of work of rising difficulty after 3 failures, never locks the identifier, and lets a proven right password in", async () => {
    const email = await account();
    const t0 = new Date();
    for (let i = 0; i < THROTTLE.identifier.freeFailures; i++) {
      expect(await verifyCredentials(email, "mauvais-mot-1234", null, t0)).toEqual({ ok: false, reason: "INVALID" });
    }
    // the right password alone is no longer enough: a proof of work is asked, not a lock
    expect(await verifyCredentials(email, RIGHT, null, t0)).toEqual({ ok: false, reason: "PROOF_REQUIRED", difficulty: 14 });
    // a proven wrong guess counts, and the next one costs more
    expect(await verifyCredentials(email, "mauvais-mot-1234", null, t0, await proof(14, t0))).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyCredentials(email, RIGHT, null, t0, await proof(14, t0))).toEqual({
      ok: false,
      reason: "PROOF_REQUIRED",
      difficulty: 15,
    });
    // a used challenge cannot serve twice
    const once = await proof(15, t0);
    expect((await verifyCredentials(email, "mauvais-mot-1234", null, t0, once)).ok).toBe(false);
    expect(await verifyCredentials(email, RIGHT, null, t0, once)).toMatchObject({ reason: "PROOF_REQUIRED", difficulty: 16 });
    // the owner, whose browser solves the proof, gets in at once; then no proof is asked
    expect((await verifyCredentials(email, RIGHT, null, t0, await proof(16, t0))).ok).toBe(true);
    expect((await verifyCredentials(email, RIGHT, null, t0)).ok).toBe(true);
  });

  it("opens a session on a login through the form, records its time and clears the identifier's failures", async () => {
    const email = await account();
    const t0 = new Date();
    for (let i = 0; i < 2; i++) await verifyCredentials(email, "mauvais-mot-1234", "192.0.2.44", t0);
    const result = await logIn(email, RIGHT, "192.0.2.44", { userAgent: "Essai/1.0" }, t0);
    if (!result.ok) throw new Error(result.reason);
    expect(await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } })).toMatchObject({
      accountId: result.accountId,
      address: "192.0.2.44",
      userAgent: "Essai/1.0",
      revokedAt: null,
    });
    expect((await db.account.findUniqueOrThrow({ where: { id: result.accountId } })).lastLoginAt).toEqual(t0);
    expect(await db.loginThrottle.findUnique({ where: { key: `id:${email}` } })).toBeNull();
    expect(await logIn(email, "mauvais-mot-1234", null)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("leaves no session row behind a refused login (the row is opened before the password check)", async () => {
    const email = await account();
    const accountId = (await db.account.findUniqueOrThrow({ where: { email } })).id;
    const sessions = () => db.authSession.count({ where: { accountId } });
    expect(await logIn(email, "mauvais-mot-1234", "192.0.2.45")).toEqual({ ok: false, reason: "INVALID" });
    expect(await sessions()).toBe(0);
    // the third failure asks for a proof of work: refused before the password, row deleted too
    await logIn(email, "mauvais-mot-1234", "192.0.2.45");
    await logIn(email, "mauvais-mot-1234", "192.0.2.45");
    expect(await logIn(email, RIGHT, "192.0.2.45")).toMatchObject({ ok: false, reason: "PROOF_REQUIRED" });
    expect(await sessions()).toBe(0);
    // a disabled account gets no row at all
    await db.account.update({ where: { id: accountId }, data: { disabledAt: new Date() } });
    await db.loginThrottle.deleteMany({ where: { key: `id:${email}` } });
    expect(await logIn(email, RIGHT, null)).toEqual({ ok: false, reason: "INVALID" });
    expect(await sessions()).toBe(0);
  });

  it("treats unknown identifiers alike and caps the difficulty", async () => {
    const unknown = `personne-${uniq()}@example.fr`;
    const t0 = new Date();
    for (let i = 0; i < 3; i++) await verifyCredentials(unknown, "mauvais-mot-1234", null, t0);
    expect(await verifyCredentials(unknown, "mauvais-mot-1234", null, t0)).toEqual({
      ok: false,
      reason: "PROOF_REQUIRED",
      difficulty: 14,
    });
    expect(proofDifficulty(2)).toBe(0);
    expect(proofDifficulty(1000)).toBe(THROTTLE.identifier.maxDifficulty);
    // failures older than the window no longer count
    const later = new Date(t0.getTime() + (THROTTLE.identifier.windowMinutes + 1) * 60_000);
    expect(await verifyCredentials(unknown, "mauvais-mot-1234", null, later)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks an address after 30 failures whatever X-Forwarded-For says, while its victims still log in from elsewhere", async () => {
    const victim = await account();
    const socket = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const t0 = new Date();
    await db.loginThrottle.deleteMany({ where: { key: `ip:${socket}` } });
    // an attacker rotating X-Forwarded-For (and the identifiers) from one socket
    for (let i = 0; i < THROTTLE.address.maxFailures; i++) {
      const address = clientAddressOfHeaders({ [PEER_HEADER]: socket, "x-forwarded-for": `203.0.113.${i}` }, 0);
      expect(address).toBe(socket);
      await verifyCredentials(`cible-${i}-${uniq()}@example.fr`, "mauvais-mot-1234", address, t0);
    }
    expect(await verifyCredentials(victim, RIGHT, socket, t0)).toEqual({ ok: false, reason: "THROTTLED" });
    // the victim, elsewhere, is not locked out
    expect((await verifyCredentials(victim, RIGHT, "192.0.2.10", t0)).ok).toBe(true);
    const later = new Date(t0.getTime() + (THROTTLE.address.lockMinutes + 1) * 60_000);
    expect((await verifyCredentials(victim, RIGHT, socket, later)).ok).toBe(true);
  });
});
