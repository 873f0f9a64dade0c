import { db } from "@/lib/db";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { solveProofOfWork } from "@/tests/helpers/pow";
import { selfRegistrationSchema, type SelfRegistrationFormInput } from "@/lib/people/self-registration.schema";
import { EMAIL_TAKEN, selfRegister } from "@/lib/people/self-register";
import { listEmployees } from "@/lib/people/list-employees";
import { setPasswordWithToken } from "@/lib/auth/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { UserFacingError } from "@/lib/errors";
import { searchCompanies } from "@/lib/companies/search-companies";
// the actions count requests per client address (issue 17, item 8): one of this file's own
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => "192.0.2.17" }));
import { searchRegisteredCompaniesAction as searchCompaniesAction } from "@/lib/companies/actions";
import { selfRegisterAction } from "@/lib/people/actions";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const DEMO_SIRET = "73282932000074"; // Carrières Services Transports, referent@cst-demo.fr
const demoCompanyId = async () => (await db.company.findUniqueOrThrow({ where: { siret: DEMO_SIRET }, select: { id: true } })).id;
const linkIn = (text: string) => /definir-mot-de-passe\/([A-Za-z0-9_-]+)/.exec(text)![1];

/** A valid form, with a solved proof of work unless the test brings its own nonce. */
async function form(over: Partial<SelfRegistrationFormInput> = {}): Promise<SelfRegistrationFormInput> {
  const { challenge, difficulty } = newChallenge();
  const email = `auto-${uniq()}@example.fr`;
  return {
    firstName: "Théo",
    lastName: `Autonome${uniq()}`,
    email,
    emailConfirmation: email,
    companyId: await demoCompanyId(),
    isHauler: false,
    isTechnical: false,
    challenge,
    nonce: over.nonce ?? (await solveProofOfWork(challenge, difficulty)),
    ...over,
  };
}
const registration = async (over: Partial<SelfRegistrationFormInput> = {}) => selfRegistrationSchema.parse(await form(over));

function pendingCompany(name: string) {
  return db.company.create({
    data: {
      kind: "SUBCONTRACTOR",
      status: "PENDING",
      name,
      referentFirstName: "Sophie",
      referentLastName: "Durand",
      referentEmail: "sophie.durand@gvl-demo.fr",
    },
    select: { id: true },
  });
}

describe("Je m'inscris au Passeport Sécurité (A4)", () => {
  it.each([
    { isHauler: true, isTechnical: true, code: "TRANSPORTEUR" },
    { isHauler: false, isTechnical: true, code: "TECHNIQUE" },
    { isHauler: false, isTechnical: false, code: "ADMINISTRATIF" },
  ])(
    "registers a worker in the demo company: profile $code, in the employee list, e-mails to both, audit",
    async ({ isHauler, isTechnical, code }) => {
      const input = await registration({ isHauler, isTechnical });
      const { personId } = await selfRegister(input);

      const person = await db.person.findUniqueOrThrow({ where: { id: personId }, include: { account: true, profile: true } });
      expect(person).toMatchObject({
        companyId: await demoCompanyId(),
        firstName: "Théo",
        lastName: input.lastName,
        searchName: `théo ${input.lastName.toLowerCase()}`,
        origin: "SELF_REGISTRATION",
        isHauler,
        isTechnical,
        profile: { code },
        account: { email: input.email, passwordHash: null, mustSetPassword: true },
      });

      const list = await listEmployees(await viewerOf(DEMO.referent), { q: input.lastName });
      expect(list.rows).toEqual([
        expect.objectContaining({
          id: personId,
          firstName: "Théo",
          lastName: input.lastName,
          profileName: person.profile!.name,
          state: "NOT_ACTIVATED",
        }),
      ]);

      const toReferent = await db.emailOutbox.findMany({
        where: { to: DEMO.referent, text: { contains: `Théo ${input.lastName.toUpperCase()}` } },
      });
      expect(toReferent).toHaveLength(1);
      expect(toReferent[0]).toMatchObject({
        template: "employee-self-registered-referent",
        text: expect.stringContaining(`profil ${person.profile!.name}`),
      });
      expect(toReferent[0].text).toContain("liste des salariés");

      const toWorker = await db.emailOutbox.findMany({ where: { to: input.email } });
      expect(toWorker.map((m) => m.template)).toEqual(["self-registration"]);
      expect(await db.passwordToken.count({ where: { accountId: person.accountId, purpose: "FIRST_LOGIN", sentTo: input.email } })).toBe(1);
      expect(
        await db.auditLog.count({ where: { targetId: personId, action: "employee.self_registered", actorAccountId: person.accountId } }),
      ).toBe(1);

      if (code === "ADMINISTRATIF") {
        // the first-login link of the e-mail works, then the worker logs in with their address
        await setPasswordWithToken(linkIn(toWorker[0].text), "Inscrit-Seul-2026");
        expect((await verifyCredentials(input.email, "Inscrit-Seul-2026", null)).ok).toBe(true);
      }
    },
  );

  it("refuses an e-mail that already has an account, whatever its case, and creates nothing", async () => {
    expect(EMAIL_TAKEN).toBe("Cette adresse e-mail a déjà un compte : connectez-vous ou utilisez « Mot de passe oublié ? ».");
    for (const email of [DEMO.learnerWithEmail.toUpperCase(), DEMO.referent]) {
      const input = await registration({ email, emailConfirmation: email });
      const error = await selfRegister(input).catch((e) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).fieldErrors).toEqual({ email: EMAIL_TAKEN });
      expect(await db.person.count({ where: { lastName: input.lastName } })).toBe(0);
    }
  });

  it("refuses an unknown or a non-active company, and creates nothing", async () => {
    const pending = await pendingCompany(`Attente ${uniq()}`);
    const rejected = await db.company.update({
      where: { id: (await pendingCompany(`Refusée ${uniq()}`)).id },
      data: { status: "REJECTED" },
      select: { id: true },
    });
    for (const companyId of ["inconnue-0000000000000000", pending.id, rejected.id]) {
      const input = await registration({ companyId });
      const error = await selfRegister(input).catch((e) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect(Object.keys((error as UserFacingError).fieldErrors!)).toEqual(["companyId"]);
      expect(await db.account.count({ where: { email: input.email } })).toBe(0);
      expect(await db.person.count({ where: { lastName: input.lastName } })).toBe(0);
    }
  });

  it("refuses an undone, forged or replayed anti-robot proof, and creates nothing", async () => {
    const { challenge } = newChallenge();
    const undone = await registration({ challenge, nonce: "x" });
    await expect(selfRegister(undone)).rejects.toThrow("anti-robot");
    expect(await db.account.count({ where: { email: undone.email } })).toBe(0);

    const solved = await registration();
    await expect(selfRegister({ ...solved, challenge: solved.challenge.replace(/.$/, (c) => (c === "A" ? "B" : "A")) })).rejects.toThrow(
      "anti-robot",
    );
    await selfRegister(solved);
    const replayed = await registration({ challenge: solved.challenge, nonce: solved.nonce });
    await expect(selfRegister(replayed)).rejects.toThrow("anti-robot");
    expect(await db.account.count({ where: { email: replayed.email } })).toBe(0);
  });

  it("answers wrong or tampered input with French field errors, never an exception", async () => {
    const r = selfRegistrationSchema.safeParse({
      firstName: " ",
      lastName: "Nom\nBcc: x@y.fr",
      email: "pas-un-mail",
      emailConfirmation: "",
      companyId: "",
      challenge: "c",
      nonce: "n",
    });
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      firstName: "Saisissez votre prénom.",
      lastName: "Votre nom contient des caractères non autorisés.",
      email: "Cette adresse e-mail n'est pas valide.",
      companyId: "Choisissez votre entreprise dans la liste.",
      isHauler: "Répondez à la question.",
      isTechnical: "Répondez à la question.",
    });
    const mismatch = selfRegistrationSchema.safeParse(await form({ emailConfirmation: "autre@example.fr", nonce: "n" }));
    expect(mismatch.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["emailConfirmation", "Les deux adresses e-mail ne sont pas identiques."],
    ]);

    const tampered = await selfRegisterAction(
      await form({ companyId: "x".repeat(5000), isHauler: "oui" as unknown as boolean, nonce: "n" }),
    );
    expect(tampered).toMatchObject({ ok: false, fieldErrors: { companyId: expect.any(String), isHauler: "Répondez à la question." } });
    const garbage = await selfRegisterAction(null as unknown as SelfRegistrationFormInput);
    expect(garbage.ok).toBe(false);

    const unknownCompany = await selfRegisterAction(await form({ companyId: "inconnue-0000000000000000" }));
    expect(unknownCompany).toMatchObject({ ok: false, fieldErrors: { companyId: expect.stringContaining("n'est pas inscrite") } });
    const ok = await selfRegisterAction(await form());
    expect(ok).toEqual({ ok: true, data: null });
  });

  it("public company search: nothing under 3 characters, registered companies only", async () => {
    const tag = uniq();
    await pendingCompany(`Carrière ${tag} en attente`);
    await db.company.create({
      data: {
        kind: "SUBCONTRACTOR",
        status: "ACTIVE",
        name: `Carrière ${tag} active`,
        referentFirstName: "Jean",
        referentLastName: "Actif",
        referentEmail: `actif-${tag}@example.fr`,
      },
    });

    // the trainer's search does find the pending company: the public one must filter it out
    expect((await searchCompanies(tag)).map((c) => c.name).sort()).toEqual([`Carrière ${tag} active`, `Carrière ${tag} en attente`]);
    const found = await searchCompaniesAction({ q: tag });
    expect(found).toEqual({ ok: true, data: [expect.objectContaining({ name: `Carrière ${tag} active`, registered: true })] });

    expect((await searchCompanies("Ca")).length).toBeGreaterThan(0);
    expect(await searchCompaniesAction({ q: "Ca" })).toEqual({ ok: true, data: [] });
    expect(await searchCompaniesAction({ q: "  73 " })).toEqual({ ok: true, data: [] });
    const bySiret = await searchCompaniesAction({ q: DEMO_SIRET.slice(0, 9) });
    expect(bySiret.ok && bySiret.data.map((c) => c.siret)).toContain(DEMO_SIRET);
    expect(await searchCompaniesAction({ q: "x".repeat(500) })).toMatchObject({ ok: false });
  });
});
