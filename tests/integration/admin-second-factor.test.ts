// Item 5 of issue 17 (SPEC H1): an administrator's password alone opens nothing; a TOTP
// code (each 30-second step once) or a recovery code (once) completes the login; wrong
// codes are throttled; the first login enrols an authenticator app and hands out 10
// recovery codes, stored hashed.
import { Secret, TOTP } from "otpauth";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { createAuthSession, SESSION_RULES } from "@/lib/auth/auth-session";
import { loadSessionState, loadViewer, type SessionState, type Viewer } from "@/lib/auth/viewer";
import {
  confirmEnrolment,
  enrolmentOffer,
  recoveryCodesLeft,
  renewRecoveryCodes,
  replaceRecoveryCodes,
  resetSecondFactor,
  RESET_ERRORS,
  SECOND_FACTOR_ERRORS,
  verifySecondFactor,
} from "@/lib/auth/second-factor";
import { AccessDeniedError } from "@/lib/auth/access";
import { newTotpSecret, openSecret, sealSecret } from "@/lib/auth/totp";
import { DEMO, DEMO_ADMIN_TOTP_SECRET, uniq, viewerOf } from "@/tests/helpers/demo";

// the actions read the request's session through these: chosen by each test
let current: Viewer | null = null;
let state: SessionState = { status: "NONE", reason: "UNKNOWN" };
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current, getSessionState: async () => state }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
import { confirmEnrolmentAction, renewRecoveryCodesAction, resetSecondFactorAction, verifySecondFactorAction } from "@/lib/auth/actions";

afterAll(() => db.$disconnect());

const PASSWORD = "Gravier-Rouge-Lundi-26";
const code = (secret: string, at = new Date()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
const status = async (sessionId: string, now?: Date) => {
  const state = await loadSessionState(sessionId, now);
  return state.status === "NONE" ? state.reason : state.status;
};

/** A fresh administrator, with an enrolled authenticator (and its recovery codes) unless told otherwise. */
async function admin(enrolled = true) {
  const email = `admin-${uniq()}@example.fr`;
  const account = await db.account.create({
    data: { email, isAdmin: true, passwordHash: await hashPassword(PASSWORD), mustSetPassword: false },
  });
  const secret = newTotpSecret();
  const recoveryCodes = enrolled
    ? await db.$transaction(async (tx) => {
        await tx.totpFactor.create({ data: { accountId: account.id, secret: sealSecret(secret) } });
        return replaceRecoveryCodes(tx, account.id);
      })
    : [];
  const session = () => createAuthSession({ accountId: account.id, credentialsVersion: 0 });
  return { email, account, secret, recoveryCodes, session };
}

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; sessionId: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

describe("administrators' second factor (issue 17, item 5)", () => {
  it("gives a password-only login no admin session, whatever form was used", async () => {
    const a = await admin();
    const user = await authorize({ identifier: a.email, password: PASSWORD }, { headers: {} });
    expect(await status(user!.sessionId)).toBe("SECOND_FACTOR");
    const state = await loadSessionState(user!.sessionId);
    expect(state).toMatchObject({ status: "SECOND_FACTOR", accountId: a.account.id, enrolled: true });
    // and only for a few minutes
    const later = new Date(Date.now() + (SESSION_RULES.secondFactorMinutes + 1) * 60_000);
    expect(await status(user!.sessionId, later)).toBe("EXPIRED");
    await expect(verifySecondFactor(user!.sessionId, code(a.secret, later), later)).rejects.toThrow(SECOND_FACTOR_ERRORS.NO_PENDING);
  });

  it("refuses a wrong code, accepts the app's code once, and opens the administration", async () => {
    const a = await admin();
    const first = await a.session();
    const wrong = await verifySecondFactor(first, "000000").catch((e) => e);
    expect(wrong.fieldErrors).toEqual({ code: SECOND_FACTOR_ERRORS.WRONG });
    expect(await status(first)).toBe("SECOND_FACTOR");

    const now = new Date();
    expect(await verifySecondFactor(first, code(a.secret, now), now)).toEqual({ recoveryCodesLeft: null });
    const state = await loadSessionState(first);
    expect(state.status === "ACTIVE" && state.viewer.isAdmin).toBe(true);

    // the same code on another login: refused (RFC 6238 §5.2), without counting as a wrong guess
    const second = await a.session();
    await expect(verifySecondFactor(second, code(a.secret, now), now)).rejects.toThrow(SECOND_FACTOR_ERRORS.REPLAYED);
    // the next step's code is fine
    const next = new Date(now.getTime() + 30_000);
    await verifySecondFactor(second, code(a.secret, next), next);
    expect(await status(second, next)).toBe("ACTIVE");
  });

  it("accepts each recovery code once, whatever its case or dashes", async () => {
    const a = await admin();
    expect(a.recoveryCodes).toHaveLength(10);
    expect(new Set(a.recoveryCodes).size).toBe(10);
    for (const c of a.recoveryCodes) expect(c).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // stored as digests only
    const stored = await db.recoveryCode.findMany({ where: { accountId: a.account.id }, select: { codeHash: true } });
    expect(stored.map((s) => s.codeHash)).not.toContain(a.recoveryCodes[0]);

    const one = await a.session();
    expect(await verifySecondFactor(one, ` ${a.recoveryCodes[0].toLowerCase().replace(/-/g, " ")} `)).toEqual({ recoveryCodesLeft: 9 });
    expect(await status(one)).toBe("ACTIVE");
    const two = await a.session();
    const again = await verifySecondFactor(two, a.recoveryCodes[0]).catch((e) => e);
    expect(again.fieldErrors).toEqual({ code: SECOND_FACTOR_ERRORS.WRONG });
    expect(await status(two)).toBe("SECOND_FACTOR");
  });

  it("ends the pending login after 5 wrong codes and refuses codes for a while, even right ones", async () => {
    const a = await admin();
    const session = await a.session();
    const errors: string[] = [];
    for (let i = 0; i < 5; i++) errors.push((await verifySecondFactor(session, `12345${i}`).catch((e) => e)).message);
    expect(errors.slice(0, 4)).toEqual(Array(4).fill(SECOND_FACTOR_ERRORS.WRONG));
    expect(errors[4]).toBe(SECOND_FACTOR_ERRORS.ENDED);
    expect(await status(session)).toBe("REVOKED");
    const fresh = await a.session();
    await expect(verifySecondFactor(fresh, code(a.secret))).rejects.toThrow(SECOND_FACTOR_ERRORS.LOCKED);
    await expect(verifySecondFactor(fresh, a.recoveryCodes[1])).rejects.toThrow(SECOND_FACTOR_ERRORS.LOCKED);
  });

  it("enrols an authenticator at the first login: QR code, key, first code, then 10 recovery codes shown once", async () => {
    const a = await admin(false);
    const session = await a.session();
    expect(await loadSessionState(session)).toMatchObject({ status: "SECOND_FACTOR", enrolled: false });
    const offer = await enrolmentOffer(session);
    expect(offer.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = new URL(offer.uri).searchParams.get("secret")!;
    expect(offer.manualKey.replace(/ /g, "")).toBe(secret);
    expect(offer.uri).toContain(encodeURIComponent(a.email));
    // the same key while the enrolment is pending
    expect((await enrolmentOffer(session)).manualKey).toBe(offer.manualKey);

    await expect(confirmEnrolment(session, "000000")).rejects.toThrow(SECOND_FACTOR_ERRORS.WRONG);
    const { recoveryCodes } = await confirmEnrolment(session, code(secret));
    expect(recoveryCodes).toHaveLength(10);
    expect(await status(session)).toBe("ACTIVE");
    const factor = await db.totpFactor.findUniqueOrThrow({ where: { accountId: a.account.id } });
    expect(factor.secret).toMatch(/^v1:/);
    expect(factor.secret).not.toContain(secret);
    expect(openSecret(factor.secret)).toBe(secret);
    // enrolled once: a later login asks for a code, never a new enrolment
    const later = await a.session();
    await expect(enrolmentOffer(later)).rejects.toThrow(SECOND_FACTOR_ERRORS.ENROLLED);
    await verifySecondFactor(later, recoveryCodes[3]);
    expect(await status(later)).toBe("ACTIVE");
  });

  it("renews the recovery codes from the security page with a current code; the old ones die", async () => {
    const a = await admin();
    const viewer = (await loadViewer(a.account.id))!;
    await expect(renewRecoveryCodes(viewer, "000000")).rejects.toThrow(SECOND_FACTOR_ERRORS.WRONG_TOTP);
    expect(await recoveryCodesLeft(viewer)).toBe(10);
    const { recoveryCodes } = await renewRecoveryCodes(viewer, code(a.secret));
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes).not.toContain(a.recoveryCodes[0]);
    const session = await a.session();
    await expect(verifySecondFactor(session, a.recoveryCodes[0])).rejects.toThrow(SECOND_FACTOR_ERRORS.WRONG);
    await verifySecondFactor(session, recoveryCodes[0]);
    expect(await recoveryCodesLeft(viewer)).toBe(9);
    await expect(recoveryCodesLeft(await viewerOf(DEMO.referent))).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("lets another administrator reset a lost second factor, with their own current code", async () => {
    const actor = await admin();
    const lost = await admin();
    const actorViewer = (await loadViewer(actor.account.id))!;
    const openSession = await lost.session();
    await verifySecondFactor(openSession, lost.recoveryCodes[0]);
    expect(await status(openSession)).toBe("ACTIVE");

    // nobody resets their own (they use a recovery code), nor a non-administrator's
    await expect(resetSecondFactor(actorViewer, actor.account.id, code(actor.secret))).rejects.toThrow(RESET_ERRORS.SELF);
    const learner = await db.account.findUniqueOrThrow({ where: { email: DEMO.learnerWithEmail } });
    await expect(resetSecondFactor(actorViewer, learner.id, code(actor.secret))).rejects.toThrow(RESET_ERRORS.UNKNOWN);
    // a wrong code changes nothing
    await expect(resetSecondFactor(actorViewer, lost.account.id, "000000")).rejects.toThrow(SECOND_FACTOR_ERRORS.WRONG_TOTP);
    expect(await db.totpFactor.count({ where: { accountId: lost.account.id } })).toBe(1);

    const now = new Date();
    expect(await resetSecondFactor(actorViewer, lost.account.id, code(actor.secret, now), now)).toEqual({ email: lost.email });
    expect(await db.totpFactor.count({ where: { accountId: lost.account.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { accountId: lost.account.id } })).toBe(0);
    expect(await status(openSession)).toBe("REVOKED");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "admin.second-factor.reset", targetId: lost.account.id } });
    expect(entry).toMatchObject({
      actorAccountId: actor.account.id,
      data: { hadFactor: true, recoveryCodesRemoved: 10, sessionsEnded: 1 },
    });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: lost.email, template: "second-factor-reset" } });
    expect(mail.text).toContain(actor.email);
    // the same code cannot serve twice
    await expect(resetSecondFactor(actorViewer, lost.account.id, code(actor.secret, now), now)).rejects.toThrow(
      SECOND_FACTOR_ERRORS.REPLAYED,
    );
    // the next login enrols a new app, as at a first login
    const next = await authorize({ identifier: lost.email, password: PASSWORD }, { headers: {} });
    expect(await loadSessionState(next!.sessionId)).toMatchObject({ status: "SECOND_FACTOR", enrolled: false });
  });

  it("seeds the demo administrator with the secret published in the README", async () => {
    const account = await db.account.findUniqueOrThrow({ where: { email: DEMO.admin }, select: { totpFactor: true } });
    expect(openSecret(account.totpFactor!.secret)).toBe(DEMO_ADMIN_TOTP_SECRET);
  });

  it("asks no second factor of other accounts", async () => {
    const user = await authorize({ identifier: DEMO.learnerWithUniqueId, password: "Passeport-Demo-2026" }, { headers: {} });
    expect(await status(user!.sessionId)).toBe("ACTIVE");
  });
});

describe("second-factor actions", () => {
  it("refuse a code without a pending administrator login, and the renewal to anyone but an administrator", async () => {
    state = { status: "NONE", reason: "UNKNOWN" };
    expect(await verifySecondFactorAction({ code: "123456" })).toEqual({ ok: false, error: SECOND_FACTOR_ERRORS.NO_PENDING });
    expect(await confirmEnrolmentAction({ code: "123456" })).toEqual({ ok: false, error: SECOND_FACTOR_ERRORS.NO_PENDING });
    current = null;
    expect(await renewRecoveryCodesAction({ code: "123456" })).toMatchObject({ ok: false });
    current = await viewerOf(DEMO.referent);
    expect(await renewRecoveryCodesAction({ code: "123456" })).toEqual({ ok: false, error: "Accès refusé." });
  });

  it("refuse the reset of another administrator's factor to every other visitor", async () => {
    const target = await admin();
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      current = await viewerOf(who);
      expect(await resetSecondFactorAction({ accountId: target.account.id, code: "123456" })).toEqual({
        ok: false,
        error: "Accès refusé.",
      });
    }
    current = null;
    expect(await resetSecondFactorAction({ accountId: target.account.id, code: "123456" })).toMatchObject({ ok: false });
    expect(await db.totpFactor.count({ where: { accountId: target.account.id } })).toBe(1);
    // an administrator gets the field's error
    const actor = await admin();
    current = await loadViewer(actor.account.id);
    expect(await resetSecondFactorAction({ accountId: target.account.id, code: "000000" })).toMatchObject({
      ok: false,
      error: SECOND_FACTOR_ERRORS.WRONG_TOTP,
    });
  });

  it("complete the pending login of the request's session", async () => {
    const a = await admin();
    const sessionId = await a.session();
    state = (await loadSessionState(sessionId)) as SessionState;
    expect(await verifySecondFactorAction({ code: code(a.secret) })).toEqual({ ok: true, data: { recoveryCodesLeft: null } });
    expect(await status(sessionId)).toBe("ACTIVE");
  });
});
