// Item 6 of issue 17: a session ends for real. The JWT names an AuthSession row that every
// request checks: DÉCONNEXION revokes it, a credential change ends every session of the
// account, and an idle timeout (30 minutes, 15 for administrators) and an absolute 8 hours apply.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createAuthSession, revokeAccountSessions, SESSION_RULES } from "@/lib/auth/auth-session";
import { loadSessionState } from "@/lib/auth/viewer";
import { authOptions } from "@/lib/auth/options";
import { createPasswordToken } from "@/lib/auth/password-token";
import { setPasswordWithToken } from "@/lib/auth/password-reset";
import { uniq } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const minutes = (t: Date, n: number) => new Date(t.getTime() + n * 60_000);

async function account(isAdmin = false) {
  const email = `session-${uniq()}@example.fr`;
  return db.account.create({
    data: { email, isAdmin, passwordHash: await hashPassword("Gravier-Rouge-Lundi-26"), mustSetPassword: false },
  });
}

const status = async (id: string, now?: Date) => {
  const state = await loadSessionState(id, now);
  return state.status === "NONE" ? state.reason : state.status;
};

describe("sessions (issue 17, item 6)", () => {
  it("opens the account while the session lives, and not after DÉCONNEXION (next-auth's signOut event)", async () => {
    const a = await account();
    const id = await createAuthSession({ accountId: a.id, credentialsVersion: a.credentialsVersion });
    const state = await loadSessionState(id);
    expect(state.status === "ACTIVE" && state.viewer.accountId).toBe(a.id);
    await authOptions.events!.signOut!({ token: { sessionId: id, accountId: a.id }, session: undefined as never });
    expect(await status(id)).toBe("REVOKED");
    expect(await db.authSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedReason: "SIGN_OUT" });
  });

  it("ends after 30 idle minutes in every space, activity keeping it alive until its 8 hours", async () => {
    const a = await account();
    const t0 = new Date("2026-03-02T08:00:00Z");
    const id = await createAuthSession({ accountId: a.id, credentialsVersion: 0 }, t0);
    // one request every 25 minutes keeps it alive…
    let t = t0;
    while (minutes(t, 25) < minutes(t0, SESSION_RULES.maxAgeHours * 60)) {
      t = minutes(t, 25);
      expect(await status(id, t)).toBe("ACTIVE");
    }
    // …until the absolute end
    expect(await status(id, minutes(t0, SESSION_RULES.maxAgeHours * 60 + 1))).toBe("EXPIRED");

    const idle = await createAuthSession({ accountId: a.id, credentialsVersion: 0 }, t0);
    expect(await status(idle, minutes(t0, 29))).toBe("ACTIVE");
    expect(await status(idle, minutes(t0, 29 + 31))).toBe("IDLE");
  });

  it("gives administrators 15 idle minutes", async () => {
    const admin = await account(true);
    const t0 = new Date("2026-03-02T08:00:00Z");
    const id = await createAuthSession({ accountId: admin.id, credentialsVersion: 0 }, t0);
    await db.authSession.update({ where: { id }, data: { secondFactorAt: t0 } }); // its TOTP code given
    expect(await status(id, minutes(t0, 14))).toBe("ACTIVE");
    expect(await status(id, minutes(t0, 14 + 16))).toBe("IDLE");
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const a = await account();
    const t0 = new Date("2026-03-02T08:00:00Z");
    const id = await createAuthSession({ accountId: a.id, credentialsVersion: 0 }, t0);
    await status(id, new Date(t0.getTime() + 30_000));
    expect((await db.authSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(t0);
    await status(id, new Date(t0.getTime() + 61_000));
    expect((await db.authSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(new Date(t0.getTime() + 61_000));
  });

  it("ends every session of the account when its password is reset", async () => {
    const a = await account();
    const one = await createAuthSession({ accountId: a.id, credentialsVersion: 0 });
    const two = await createAuthSession({ accountId: a.id, credentialsVersion: 0 });
    const { token } = await db.$transaction((tx) => createPasswordToken(tx, { accountId: a.id, purpose: "RESET", sentTo: a.email }));
    await setPasswordWithToken(token, "Brouette-Gravier-1987");
    expect(await status(one)).toBe("REVOKED");
    expect(await status(two)).toBe("REVOKED");
  });

  it("ends a session when the account's credentials version moves, or the account is disabled", async () => {
    const a = await account();
    const id = await createAuthSession({ accountId: a.id, credentialsVersion: 0 });
    await db.account.update({ where: { id: a.id }, data: { credentialsVersion: { increment: 1 } } });
    expect(await status(id)).toBe("CREDENTIALS_CHANGED");
    const b = await account();
    const other = await createAuthSession({ accountId: b.id, credentialsVersion: 0 });
    await db.account.update({ where: { id: b.id }, data: { disabledAt: new Date() } });
    expect(await status(other)).toBe("DISABLED");
  });

  it("revokes only the sessions of the account asked for", async () => {
    const a = await account();
    const b = await account();
    const mine = await createAuthSession({ accountId: a.id, credentialsVersion: 0 });
    const theirs = await createAuthSession({ accountId: b.id, credentialsVersion: 0 });
    expect(await db.$transaction((tx) => revokeAccountSessions(tx, a.id, "PASSWORD_CHANGED"))).toBe(1);
    expect(await status(mine)).toBe("REVOKED");
    expect(await status(theirs)).toBe("ACTIVE");
    expect(await status("pas-une-session")).toBe("UNKNOWN");
  });
});
