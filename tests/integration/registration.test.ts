import { db } from "@/lib/db";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { solveProofOfWork } from "@/tests/helpers/pow";
import { registrationSchema } from "@/lib/companies/company.schema";
import { registerSubcontractor } from "@/lib/companies/register-company";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { UserFacingError } from "@/lib/errors";
import { newSiret, uniq } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

async function registration(over: Record<string, unknown> = {}) {
  const { challenge, difficulty } = newChallenge();
  const email = `inscription-${uniq()}@example.fr`;
  return registrationSchema.parseAsync({
    useVat: false,
    siret: newSiret(),
    name: "Terrassements Réunis",
    regions: ["BRETAGNE"],
    referentLastName: "Dupont",
    referentFirstName: "Baptiste",
    referentEmail: email,
    referentEmailConfirmation: email,
    newPassword: "Gravier-Rouge-Lundi-26",
    passwordConfirmation: "Gravier-Rouge-Lundi-26",
    challenge,
    nonce: await solveProofOfWork(challenge, difficulty),
    ...over,
  });
}

describe("subcontractor registration (A2)", () => {
  it("creates the company and its login, sends the confirmation, and the referent can log in", async () => {
    const input = await registration();
    const { companyId } = await registerSubcontractor(input);
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      kind: "SUBCONTRACTOR",
      status: "ACTIVE",
      siret: input.siret,
      referentEmail: input.referentEmail,
    });
    expect(await db.emailOutbox.count({ where: { to: input.referentEmail, template: "company-registered" } })).toBe(1);
    expect((await verifyCredentials(input.referentEmail, "Gravier-Rouge-Lundi-26", null)).ok).toBe(true);
  });

  it("refuses a SIRET or an e-mail already on the platform, and creates nothing", async () => {
    const input = await registration({ siret: "73282932000074" });
    const error = await registerSubcontractor(input).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors.siret).toContain("déjà enregistré");
    expect(await db.account.count({ where: { email: input.referentEmail } })).toBe(0);
    const dupEmail = await registration({ referentEmail: "referent@cst-demo.fr", referentEmailConfirmation: "referent@cst-demo.fr" });
    expect((await registerSubcontractor(dupEmail).catch((e) => e)).fieldErrors.referentEmail).toContain("déjà utilisée");
  });

  it("refuses an undone, forged or replayed anti-robot proof", async () => {
    const { challenge } = newChallenge();
    await expect(registerSubcontractor(await registration({ challenge, nonce: "x" }))).rejects.toThrow("anti-robot");
    const solved = await registration();
    await expect(
      registerSubcontractor({ ...solved, challenge: solved.challenge.replace(/.$/, (c) => (c === "A" ? "B" : "A")) }),
    ).rejects.toThrow("anti-robot");
    await registerSubcontractor(solved);
    const again = await registration({ challenge: solved.challenge, nonce: solved.nonce });
    await expect(registerSubcontractor(again)).rejects.toThrow("anti-robot");
  });

  it("gives French errors next to each field", async () => {
    const r = await registrationSchema.safeParseAsync({
      useVat: true,
      vatNumber: "FR00",
      name: "",
      regions: [],
      referentLastName: "",
      referentFirstName: "",
      referentEmail: "a@b.fr",
      referentEmailConfirmation: "c@d.fr",
      newPassword: "abcdefghij",
      passwordConfirmation: "x",
      challenge: "c",
      nonce: "n",
    });
    const msgs = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(msgs).toMatchObject({
      vatNumber: expect.stringContaining("TVA"),
      referentEmailConfirmation: "Les deux adresses e-mail ne sont pas identiques.",
      newPassword: "Le mot de passe doit contenir au moins 12 caractères.",
      referentLastName: "Saisissez le nom du référent.",
    });
  });
});
