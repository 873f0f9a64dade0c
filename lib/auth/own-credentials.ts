// Item 4 of issue 17 for a person's own login (MES INFORMATIONS): a new password or a new
// e-mail, with the current password. A person whose spaces are linked logs in with the
// company login: its credentials change in "INFORMATIONS DE L'ENTREPRISE" only.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { passwordStrengthIssue } from "@/lib/auth/password-policy";
import { passwordOwnerWords } from "@/lib/auth/password-reset";
import { applyPasswordChange, assertCurrentPassword, pendingEmailChange, startEmailChange } from "@/lib/auth/credential-change";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import type { ChangePasswordInput, EmailChangeInput } from "@/lib/auth/credential-change.schema";

export const LINKED_LOGIN =
  "Vous vous connectez avec le compte entreprise (espaces liés) : changez ses identifiants dans « INFORMATIONS DE L'ENTREPRISE ».";

/** The person's own login, refused when it is the company's (linked spaces). */
async function ownLogin(viewer: Viewer) {
  assertPerson(viewer);
  const account = await db.account.findUniqueOrThrow({
    where: { id: viewer.accountId },
    select: { id: true, email: true, uniqueId: true, company: { select: { id: true } } },
  });
  if (account.company) throw new UserFacingError(LINKED_LOGIN);
  return account;
}

/** What MES INFORMATIONS shows of the login: whether it can change here, and a pending new address. */
export async function getOwnCredentials(viewer: Viewer) {
  assertPerson(viewer);
  const linked = viewer.company !== null;
  const pending = linked ? null : await pendingEmailChange(viewer.accountId);
  return { linked, pendingEmail: pending?.email ?? null, personalWords: linked ? [] : await passwordOwnerWords(viewer.accountId) };
}

export async function changeOwnPassword(viewer: Viewer, input: ChangePasswordInput, now = new Date()) {
  const account = await ownLogin(viewer);
  await assertCurrentPassword(account.id, input.currentPassword, now);
  const weak = await passwordStrengthIssue(input.newPassword, await passwordOwnerWords(account.id));
  if (weak) throw new UserFacingError(weak, { newPassword: weak });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await applyPasswordChange(tx, { accountId: account.id, passwordHash, notify: account.email, how: "CHANGED", now });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "account.password-changed",
      targetType: "Account",
      targetId: account.id,
      companyId: viewer.person!.companyId,
    });
  });
  return { passwordChanged: true };
}

export async function requestOwnEmailChange(viewer: Viewer, input: EmailChangeInput, now = new Date()) {
  const account = await ownLogin(viewer);
  if (input.email === account.email) {
    throw new UserFacingError("C'est déjà votre adresse de connexion.", { email: "C'est déjà votre adresse de connexion." });
  }
  await assertCurrentPassword(account.id, input.currentPassword, now);
  await db.$transaction((tx) =>
    startEmailChange(tx, {
      accountId: account.id,
      currentEmail: account.email,
      newEmail: input.email,
      actorAccountId: viewer.accountId,
      field: "email",
      now,
    }),
  );
  return { pendingEmail: input.email };
}
