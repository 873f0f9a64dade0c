// Item 10 of issue 17: at least 12 characters and a strength estimate (zxcvbn, French and
// common dictionaries, the user's own words) that refuses common and guessable passwords,
// with a French reason.
import { newPasswordIssue, passwordStrengthIssue } from "@/lib/auth/password-policy";
import { setPasswordSchemaWith } from "@/lib/auth/password-forms.schema";

describe("password rule", () => {
  it.each(["aaaaaaaaa1", "password12", "Passeport2026"])("refuses %s with a French message", async (password) => {
    const issue = await newPasswordIssue(password);
    expect(issue).toMatch(/^(Le mot de passe doit contenir au moins 12 caractères\.|Ce mot de passe est trop facile à deviner)/);
    // and the strength estimate alone refuses them too, whatever their length
    expect(await passwordStrengthIssue(password)).toMatch(/^Ce mot de passe est trop facile à deviner/);
  });

  it("refuses long but guessable passwords, and says why", async () => {
    expect(await newPasswordIssue("password1234")).toBe(
      "Ce mot de passe est trop facile à deviner\u202f: il ressemble à un mot de passe courant. Ajoutez un ou deux mots peu courants.",
    );
    expect(await newPasswordIssue("aaaaaaaaaaaa1")).toContain("caractères répétés");
    expect(await newPasswordIssue("azertyuiop12")).toContain("trop facile à deviner");
  });

  it("refuses the user's own name or e-mail as the password's substance", async () => {
    const yann = ["yann.quenehervé@example.fr", "Yann", "Kerbrat-Quenehervé"];
    expect(await newPasswordIssue("Quenehervé2026")).toBeNull();
    expect(await newPasswordIssue("Quenehervé2026", yann)).toContain("votre nom");
    expect(await newPasswordIssue("Quenehervé2026", yann, "tu")).toContain("ton nom");
  });

  it("accepts strong passwords, the demo one included", async () => {
    expect(await newPasswordIssue("Gravier-Rouge-Lundi-26")).toBeNull();
    expect(await newPasswordIssue("Passeport-Demo-2026")).toBeNull();
  });

  it("is the rule of the schemas, field by field", async () => {
    const schema = setPasswordSchemaWith(["lucie.martin@cst-demo.fr"]);
    const weak = await schema.safeParseAsync({ token: "t", password: "Passeport2026!", confirmation: "Passeport2026!" });
    expect(weak.success).toBe(false);
    expect(weak.error!.issues[0]).toMatchObject({ path: ["password"], message: expect.stringContaining("trop facile à deviner") });
    const mismatch = await schema.safeParseAsync({ token: "t", password: "Gravier-Rouge-Lundi-26", confirmation: "autre" });
    expect(mismatch.error!.issues[0]).toMatchObject({ path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." });
    expect(
      (await schema.safeParseAsync({ token: "t", password: "Gravier-Rouge-Lundi-26", confirmation: "Gravier-Rouge-Lundi-26" })).success,
    ).toBe(true);
  });
});
