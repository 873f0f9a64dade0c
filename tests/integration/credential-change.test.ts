// Item 4 of issue 17: changing a login's e-mail or password asks for the current password;
// a new e-mail becomes the login only once its link is opened; the login's address is told
// of every e-mail change, password change and reset; every session of the account ends.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer, loadSessionState } from "@/lib/auth/viewer";
import { createAuthSession } from "@/lib/auth/auth-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { confirmEmailChange, CURRENT_PASSWORD_ERRORS, EMAIL_CHANGE_ERRORS, readEmailChange } from "@/lib/auth/credential-change";
import { changeOwnPassword, LINKED_LOGIN, requestOwnEmailChange } from "@/lib/auth/own-credentials";
import { updateCompanyInfo } from "@/lib/companies/company-info";
import { companyInfoSchema } from "@/lib/companies/company.schema";
import { createPasswordToken } from "@/lib/auth/password-token";
import { setPasswordWithToken } from "@/lib/auth/password-reset";
import { linkExistingAccount } from "@/lib/companies/space-link";
import { UserFacingError } from "@/lib/errors";
import { companyWithTrainerReferent, COMPANY_PASSWORD, USER_PASSWORD } from "@/tests/helpers/linked-company";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
import { changeOwnPasswordAction, confirmEmailChangeAction, requestOwnEmailChangeAction } from "@/lib/auth/actions";

afterAll(() => db.$disconnect());

const OLD = "Ancien-Gravier-2026";
const NEW = "Brouette-Gravier-1987";

/** A learner with an e-mail login in a demo company, and one open session. */
async function learner() {
  const email = `moi-${uniq()}@example.fr`;
  const account = await db.account.create({ data: { email, passwordHash: await hashPassword(OLD), mustSetPassword: false } });
  const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
  await db.person.create({ data: { accountId: account.id, companyId: company.id, firstName: "Moi", lastName: `Même${uniq()}` } });
  const sessionId = await createAuthSession({ accountId: account.id, credentialsVersion: 0 });
  return { email, account, sessionId, viewer: async () => (await loadViewer(account.id))! };
}

const alive = async (sessionId: string) => (await loadSessionState(sessionId)).status === "ACTIVE";
const outbox = (to: string) =>
  db.emailOutbox.findMany({ where: { to }, select: { template: true, text: true }, orderBy: { createdAt: "asc" } });
const linkIn = (text: string) => /\/confirmer-adresse\/(\S+)/.exec(text)![1];

describe("a person's own password (MES INFORMATIONS)", () => {
  it("asks for the current password, ends every session and tells the login's address", async () => {
    const me = await learner();
    const wrong = await changeOwnPassword(await me.viewer(), {
      currentPassword: "pas-le-bon",
      newPassword: NEW,
      passwordConfirmation: NEW,
    }).catch((e) => e);
    expect(wrong).toBeInstanceOf(UserFacingError);
    expect(wrong.fieldErrors).toEqual({ currentPassword: CURRENT_PASSWORD_ERRORS.WRONG });
    expect(await alive(me.sessionId)).toBe(true);

    await changeOwnPassword(await me.viewer(), { currentPassword: OLD, newPassword: NEW, passwordConfirmation: NEW });
    expect(await alive(me.sessionId)).toBe(false);
    expect((await verifyCredentials(me.email, OLD, null)).ok).toBe(false);
    expect((await verifyCredentials(me.email, NEW, null)).ok).toBe(true);
    expect((await outbox(me.email)).map((m) => m.template)).toEqual(["password-changed"]);
  });

  it("locks the current-password check for a while after five wrong guesses (the session holder is not the owner)", async () => {
    const me = await learner();
    const viewer = await me.viewer();
    for (let i = 0; i < 5; i++) {
      await changeOwnPassword(viewer, { currentPassword: `essai-${i}`, newPassword: NEW, passwordConfirmation: NEW }).catch(() => null);
    }
    const locked = await changeOwnPassword(viewer, { currentPassword: OLD, newPassword: NEW, passwordConfirmation: NEW }).catch((e) => e);
    expect(locked.fieldErrors).toEqual({ currentPassword: CURRENT_PASSWORD_ERRORS.LOCKED });
  });

  it("is refused without a session and to a company login without a person, through the action", async () => {
    current = null;
    expect(await changeOwnPasswordAction({ currentPassword: OLD, newPassword: NEW, passwordConfirmation: NEW })).toMatchObject({
      ok: false,
    });
    current = await viewerOf(DEMO.referent);
    expect(await changeOwnPasswordAction({ currentPassword: OLD, newPassword: NEW, passwordConfirmation: NEW })).toEqual({
      ok: false,
      error: "Accès refusé.",
    });
    current = await viewerOf(DEMO.admin);
    expect(await requestOwnEmailChangeAction({ currentPassword: OLD, email: "a@b.fr", emailConfirmation: "a@b.fr" })).toEqual({
      ok: false,
      error: "Accès refusé.",
    });
  });

  it("refuses a weak new password, and the current one, with French messages", async () => {
    current = await (await learner()).viewer();
    const weak = await changeOwnPasswordAction({
      currentPassword: OLD,
      newPassword: "Passeport2026",
      passwordConfirmation: "Passeport2026",
    });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining("trop facile à deviner") } });
    const same = await changeOwnPasswordAction({ currentPassword: OLD, newPassword: OLD, passwordConfirmation: OLD });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: "Choisissez un mot de passe différent de l'actuel." } });
  });
});

describe("a person's own e-mail (MES INFORMATIONS)", () => {
  it("changes the login only when the link sent to the new address is confirmed, then ends the sessions and tells the old address", async () => {
    const me = await learner();
    const next = `nouvelle-${uniq()}@example.fr`;
    const missing = await requestOwnEmailChange(await me.viewer(), { currentPassword: "faux", email: next, emailConfirmation: next }).catch(
      (e) => e,
    );
    expect(missing.fieldErrors).toEqual({ currentPassword: CURRENT_PASSWORD_ERRORS.WRONG });
    expect(await outbox(next)).toEqual([]);

    expect(await requestOwnEmailChange(await me.viewer(), { currentPassword: OLD, email: next, emailConfirmation: next })).toEqual({
      pendingEmail: next,
    });
    // nothing changed yet: the old address still logs in, the session lives, the owner is told
    expect((await verifyCredentials(me.email, OLD, null)).ok).toBe(true);
    expect(await alive(me.sessionId)).toBe(true);
    expect((await outbox(me.email)).map((m) => m.template)).toEqual(["email-change-requested"]);
    const token = linkIn((await outbox(next))[0].text);
    expect(await readEmailChange(token)).toEqual({ ok: true, newEmail: next, currentLogin: me.email });

    expect(await confirmEmailChange(token)).toEqual({ login: next });
    expect((await verifyCredentials(next, OLD, null)).ok).toBe(true);
    expect((await verifyCredentials(me.email, OLD, null)).ok).toBe(false);
    expect(await alive(me.sessionId)).toBe(false);
    expect((await outbox(me.email)).map((m) => m.template)).toEqual(["email-change-requested", "email-changed"]);
    await expect(confirmEmailChange(token)).rejects.toThrow(EMAIL_CHANGE_ERRORS.USED);
  });

  it("keeps only the latest request, and a password reset cancels a pending one", async () => {
    const me = await learner();
    const first = `premiere-${uniq()}@example.fr`;
    const second = `seconde-${uniq()}@example.fr`;
    await requestOwnEmailChange(await me.viewer(), { currentPassword: OLD, email: first, emailConfirmation: first });
    await requestOwnEmailChange(await me.viewer(), { currentPassword: OLD, email: second, emailConfirmation: second });
    await expect(confirmEmailChange(linkIn((await outbox(first))[0].text))).rejects.toThrow(EMAIL_CHANGE_ERRORS.USED);

    // the owner, warned, resets the password: the pending change dies, and the reset is told
    const { token } = await db.$transaction((tx) =>
      createPasswordToken(tx, { accountId: me.account.id, purpose: "RESET", sentTo: me.email }),
    );
    await setPasswordWithToken(token, NEW);
    await expect(confirmEmailChange(linkIn((await outbox(second))[0].text))).rejects.toThrow(EMAIL_CHANGE_ERRORS.USED);
    expect((await outbox(me.email)).map((m) => m.template)).toContain("password-reset-done");
    expect((await db.account.findUniqueOrThrow({ where: { id: me.account.id } })).email).toBe(me.email);
  });

  it("refuses an address taken by another account, when asked and when confirmed", async () => {
    const me = await learner();
    const taken = await requestOwnEmailChange(await me.viewer(), {
      currentPassword: OLD,
      email: DEMO.learnerWithEmail,
      emailConfirmation: DEMO.learnerWithEmail,
    }).catch((e) => e);
    expect(taken.fieldErrors).toEqual({ email: "Cette adresse e-mail est déjà utilisée par un autre compte." });
    const next = `convoitee-${uniq()}@example.fr`;
    await requestOwnEmailChange(await me.viewer(), { currentPassword: OLD, email: next, emailConfirmation: next });
    await db.account.create({ data: { email: next } });
    await expect(confirmEmailChange(linkIn((await outbox(next))[0].text))).rejects.toThrow(EMAIL_CHANGE_ERRORS.TAKEN);
  });

  it("refuses a forged or another purpose's link on the confirmation page", async () => {
    expect(await confirmEmailChangeAction({ token: "x".repeat(43) })).toEqual({ ok: false, error: EMAIL_CHANGE_ERRORS.UNKNOWN });
    const me = await learner();
    const { token } = await db.$transaction((tx) =>
      createPasswordToken(tx, { accountId: me.account.id, purpose: "RESET", sentTo: me.email }),
    );
    expect(await readEmailChange(token)).toEqual({ ok: false, reason: "UNKNOWN" });
    expect(await confirmEmailChangeAction({ token })).toEqual({ ok: false, error: EMAIL_CHANGE_ERRORS.UNKNOWN });
  });

  it("sends a person whose spaces are linked to the company information", async () => {
    const c = await companyWithTrainerReferent();
    await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail, password: USER_PASSWORD });
    const linked = await c.companyViewer();
    await expect(
      changeOwnPassword(linked, { currentPassword: COMPANY_PASSWORD, newPassword: NEW, passwordConfirmation: NEW }),
    ).rejects.toThrow(LINKED_LOGIN);
  });
});

describe("the company login (INFORMATIONS DE L'ENTREPRISE)", () => {
  async function company() {
    const tag = uniq();
    const email = `societe-${tag}@example.fr`;
    const account = await db.account.create({ data: { email, passwordHash: await hashPassword(OLD), mustSetPassword: false } });
    const row = await db.company.create({
      data: {
        kind: "SUBCONTRACTOR",
        name: `Société ${tag}`,
        regions: ["BRETAGNE"],
        referentLastName: "Ref",
        referentFirstName: "Rita",
        referentEmail: email,
        accountId: account.id,
      },
    });
    const sessionId = await createAuthSession({ accountId: account.id, credentialsVersion: 0 });
    const vat = `BE0${String(Date.now()).slice(-7)}${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
    return { email, row, vat, sessionId, viewer: async () => (await loadViewer(account.id))! };
  }
  const form = (c: Awaited<ReturnType<typeof company>>, over: Record<string, unknown>) =>
    companyInfoSchema.parseAsync({
      useVat: true,
      vatNumber: c.vat,
      name: c.row.name,
      regions: ["BRETAGNE"],
      referentLastName: "Ref",
      referentFirstName: "Rita",
      referentEmail: c.email,
      ...over,
    });

  it("refuses an e-mail or password change without the right current password, and changes nothing", async () => {
    const c = await company();
    const next = `autre-${uniq()}@example.fr`;
    const noPassword = await updateCompanyInfo(await c.viewer(), await form(c, { referentEmail: next })).catch((e) => e);
    expect(noPassword.fieldErrors).toEqual({ currentPassword: CURRENT_PASSWORD_ERRORS.MISSING });
    const wrong = await updateCompanyInfo(
      await c.viewer(),
      await form(c, { newPassword: NEW, passwordConfirmation: NEW, currentPassword: "pas-le-bon" }),
    ).catch((e) => e);
    expect(wrong.fieldErrors).toEqual({ currentPassword: CURRENT_PASSWORD_ERRORS.WRONG });
    expect(await outbox(next)).toEqual([]);
    expect(await outbox(c.email)).toEqual([]);
    expect((await verifyCredentials(c.email, OLD, null)).ok).toBe(true);
    expect(await alive(c.sessionId)).toBe(true);
    // the schema asks for it as soon as a new password is typed
    const parsed = await companyInfoSchema.safeParseAsync({
      ...(await form(c, {})),
      useVat: true,
      newPassword: NEW,
      passwordConfirmation: NEW,
    });
    expect(parsed.error!.issues.find((i) => i.path[0] === "currentPassword")?.message).toBe(
      "Saisissez votre mot de passe actuel pour le changer.",
    );
  });

  it("saves the other fields without the current password, and ends every session on a new password", async () => {
    const c = await company();
    expect(await updateCompanyInfo(await c.viewer(), await form(c, { name: "Renommée" }))).toEqual({
      passwordChanged: false,
      pendingEmail: null,
    });
    expect(await alive(c.sessionId)).toBe(true);
    await updateCompanyInfo(await c.viewer(), await form(c, { newPassword: NEW, passwordConfirmation: NEW, currentPassword: OLD }));
    expect(await alive(c.sessionId)).toBe(false);
    expect((await outbox(c.email)).map((m) => m.template)).toEqual(["password-changed"]);
  });
});
