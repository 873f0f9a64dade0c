import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { applyDomainChange, getCompanyInfo, previewDomainChange, updateCompanyInfo } from "@/lib/companies/company-info";
import { companyInfoSchema } from "@/lib/companies/company.schema";
import { UserFacingError } from "@/lib/errors";
import { confirmEmailChange } from "@/lib/auth/credential-change";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

/** A company of its own for each test, with its referent login. */
async function newCompany() {
  const tag = uniq();
  const email = `ref-${tag}@example.fr`;
  const account = await db.account.create({ data: { email, passwordHash: await hashPassword("Ancien-Mot-2026"), mustSetPassword: false } });
  const company = await db.company.create({
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
  return { company, email, tag, viewer: async () => (await loadViewer(account.id))! };
}

const form = (over: Record<string, unknown>) =>
  companyInfoSchema.parseAsync({
    useVat: true,
    vatNumber: "DE136695976",
    name: "X",
    regions: ["BRETAGNE"],
    referentLastName: "Ref",
    referentFirstName: "Rita",
    referentEmail: "x@example.fr",
    ...over,
  });

describe("INFORMATIONS DE L'ENTREPRISE (B2)", () => {
  it("updates the company; a new login e-mail waits for its link and a new password replaces the old one (issue 17, item 4)", async () => {
    const c = await newCompany();
    const email = `nouveau-${c.tag}@example.fr`;
    const input = await form({
      useVat: true,
      vatNumber: `BE0${String(Date.now()).slice(-9)}`,
      name: "Nouveau nom",
      regions: ["OCCITANIE", "CORSE"],
      referentEmail: email,
      newPassword: "Gravier-Rouge-Lundi-26",
      passwordConfirmation: "Gravier-Rouge-Lundi-26",
      currentPassword: "Ancien-Mot-2026",
    });
    expect(await updateCompanyInfo(await c.viewer(), input)).toEqual({ passwordChanged: true, pendingEmail: email });
    // the company changed, but its login and referent address wait for the link
    expect(await db.company.findUniqueOrThrow({ where: { id: c.company.id } })).toMatchObject({
      name: "Nouveau nom",
      regions: ["OCCITANIE", "CORSE"],
      referentEmail: c.email,
      siret: null,
    });
    expect((await verifyCredentials(c.email, "Ancien-Mot-2026", null)).ok).toBe(false);
    expect((await verifyCredentials(c.email, "Gravier-Rouge-Lundi-26", null)).ok).toBe(true);
    expect((await verifyCredentials(email, "Gravier-Rouge-Lundi-26", null)).ok).toBe(false);
    // the current address is told of both; the new one gets the link
    const toOld = await db.emailOutbox.findMany({ where: { to: c.email }, select: { template: true } });
    expect(toOld.map((m) => m.template).sort()).toEqual(["email-change-requested", "password-changed"]);
    const link = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "email-change-confirm" } });
    const token = /\/confirmer-adresse\/(\S+)/.exec(link.text)![1];
    expect(await confirmEmailChange(token)).toEqual({ login: email });
    expect(await db.company.findUniqueOrThrow({ where: { id: c.company.id } })).toMatchObject({ referentEmail: email });
    expect((await verifyCredentials(email, "Gravier-Rouge-Lundi-26", null)).ok).toBe(true);
    expect((await verifyCredentials(c.email, "Gravier-Rouge-Lundi-26", null)).ok).toBe(false);
    expect(await db.emailOutbox.count({ where: { to: c.email, template: "email-changed" } })).toBe(1);
  });

  it("refuses a SIRET or an e-mail that belongs to someone else, with field errors", async () => {
    const c = await newCompany();
    const error = await updateCompanyInfo(
      await c.viewer(),
      await form({ useVat: false, siret: "73282932000074", referentEmail: DEMO.learnerWithEmail, currentPassword: "Ancien-Mot-2026" }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors).toMatchObject({
      siret: expect.stringContaining("déjà enregistré"),
      referentEmail: expect.stringContaining("déjà utilisée"),
    });
    expect((await db.company.findUniqueOrThrow({ where: { id: c.company.id } })).siret).toBeNull();
  });

  it("checks SIRET, VAT, regions and passwords in French", async () => {
    const r = await companyInfoSchema.safeParseAsync({
      useVat: false,
      siret: "123",
      name: "",
      regions: [],
      referentLastName: "a",
      referentFirstName: "b",
      referentEmail: "pas-un-mail",
      newPassword: "court",
    });
    const msgs = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(msgs).toMatchObject({
      siret: expect.stringContaining("14 chiffres"),
      name: "Saisissez le nom de l'entreprise.",
      regions: "Sélectionnez au moins une région d'intervention.",
      referentEmail: "Saisissez une adresse e-mail valide.",
      newPassword: "Le mot de passe doit contenir au moins 12 caractères.",
    });
  });

  it("is refused to a learner", async () => {
    await expect(getCompanyInfo(await viewerOf(DEMO.learnerWithEmail))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("changing the employees' e-mail domain (B2)", () => {
  it("previews, refuses conflicts, then changes every address of the company only", async () => {
    const c = await newCompany();
    const other = await newCompany();
    const from = `ancien-${c.tag}.fr`;
    const to = `nouveau-${c.tag}.fr`;
    const people = [];
    for (const [owner, local] of [
      [c, "ana"],
      [c, "bob"],
      [other, "eve"],
    ] as const) {
      const account = await db.account.create({ data: { email: `${local}@${from}` } });
      people.push(
        await db.person.create({ data: { accountId: account.id, companyId: owner.company.id, firstName: local, lastName: "Domaine" } }),
      );
    }
    const taken = await db.account.create({ data: { email: `bob@${to}` } });
    const viewer = await c.viewer();
    const preview = await previewDomainChange(viewer, from, to);
    expect(preview.map((p) => [p.from, p.to, p.conflict])).toEqual([
      [`ana@${from}`, `ana@${to}`, false],
      [`bob@${from}`, `bob@${to}`, true],
    ]);
    await expect(applyDomainChange(viewer, from, to)).rejects.toThrow("appartiennent déjà");

    await db.account.delete({ where: { id: taken.id } });
    expect(await applyDomainChange(viewer, from, to)).toEqual({ changed: 2 });
    const emails = await db.account.findMany({
      where: { person: { id: { in: people.map((p) => p.id) } } },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(emails.map((e) => e.email)).toEqual([`ana@${to}`, `bob@${to}`, `eve@${from}`]);
    // issue 17, item 4: each former address is told
    expect(await db.emailOutbox.count({ where: { to: { in: [`ana@${from}`, `bob@${from}`] }, template: "email-changed" } })).toBe(2);
    expect(await db.emailOutbox.count({ where: { to: `eve@${from}` } })).toBe(0);
  });
});
