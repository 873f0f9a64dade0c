// Item 10 of issue 17 on the server: a link's password is checked again with the account's
// own words (the form's schema cannot know whose account the link opens).
import { db } from "@/lib/db";
import { createPasswordToken } from "@/lib/auth/password-token";
import { setPasswordWithToken } from "@/lib/auth/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { UserFacingError } from "@/lib/errors";
import { uniq } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

it("refuses a password made of the account's own name through a link, and accepts a strong one", async () => {
  const email = `yann.quenehervé.${uniq()}@example.fr`;
  const account = await db.account.create({ data: { email } });
  const { token } = await db.$transaction((tx) =>
    createPasswordToken(tx, { accountId: account.id, purpose: "FIRST_LOGIN", sentTo: email }),
  );
  const error = await setPasswordWithToken(token, "Quenehervé2026").catch((e) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect(error.fieldErrors.password).toContain("votre nom, votre adresse e-mail");
  expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).passwordHash).toBeNull();
  await setPasswordWithToken(token, "Gravier-Rouge-Lundi-26");
  expect((await verifyCredentials(email, "Gravier-Rouge-Lundi-26", null)).ok).toBe(true);
});
