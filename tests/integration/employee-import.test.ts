// Issue 14, items 1 and 7: "IMPORTER DES SALARIÉS". The preview writes nothing and shows the
// form's French errors; the import is all-or-nothing or skips bad rows, in one transaction with
// its e-mails; CSV with ";" or ",", UTF-8 or Windows-1252, and XLSX; every other role refused.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";
import { tableStream } from "@/lib/export/table-stream";
import { IMPORT_COLUMNS } from "@/lib/people/employee-import.schema";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { importEmployees, previewEmployeeImport } from "@/lib/people/import-employees";
import { importEmployeesAction, previewEmployeeImportAction } from "@/lib/people/actions";

afterAll(() => db.$disconnect());

const HEADER = IMPORT_COLUMNS.map((c) => c.label);
const csv = (rows: string[][], sep = ";") => new TextEncoder().encode([HEADER, ...rows].map((r) => r.join(sep)).join("\r\n") + "\r\n");
const person = (first: string, last: string, email: string, answers = ["non", "non", "non", "non"], snbpe = "") => [
  first,
  last,
  email,
  ...answers,
  snbpe,
];

async function ownReferent() {
  const company = await registeredCompany();
  return { company, viewer: await viewerOf(company.email) };
}

describe("preview", () => {
  it("lists every row with the form's French errors and writes nothing", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const file = csv([
      person("Anne", `Valide${tag}`, `anne-${tag}@example.fr`, ["oui", "non", "non", "non"]),
      person("Bruno", `Mauvais${tag}`, "pas-un-mail"),
      person("", `SansPrenom${tag}`, `sansprenom-${tag}@example.fr`),
      person("Chloé", `Double${tag}`, `anne-${tag}@example.fr`),
      person("Lucie", `Prise${tag}`, DEMO.learnerWithEmail),
      person("Denis", `Reponse${tag}`, `denis-${tag}@example.fr`, ["peut-être", "non", "non", "non"]),
      person("Emma", `Snbpe${tag}`, `emma-${tag}@example.fr`, ["non", "oui", "non", "non"], "31/02/2025"),
      person("Fanny", `SansMail${tag}`, ""),
      person("fanny", `sansmail${tag}`, ""),
    ]);
    const preview = await previewEmployeeImport(viewer, file);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(preview).toMatchObject({ validCount: 2, errorCount: 7 });
    const errors = Object.fromEntries(preview.rows.map((r) => [r.line, r.errors]));
    expect(errors[2]).toEqual({});
    expect(preview.rows[0].profileName).toBe("Transporteur");
    expect(errors[3].email).toBe("Cette adresse e-mail n'est pas valide.");
    expect(errors[4].firstName).toBe("Saisissez le prénom.");
    expect(errors[5].email).toBe("Cette adresse e-mail figure déjà à la ligne 2 du fichier.");
    expect(errors[6].email).toContain("Cette adresse e-mail est déjà utilisée par un autre compte.");
    expect(errors[7].isHauler).toBe("Répondez à la question.");
    expect(errors[8].snbpeObtainedAt).toBe("Saisissez la date d'obtention au format JJ/MM/AAAA.");
    expect(errors[9]).toEqual({});
    expect(errors[10].row).toBe("Ce salarié figure déjà à la ligne 9 du fichier.");
    expect(await db.person.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("names the missing columns and refuses an empty, unreadable or oversized file in French", async () => {
    const { viewer } = await ownReferent();
    const noEmailColumn = new TextEncoder().encode("Prénom;Nom\nAnne;Martin\n");
    await expect(previewEmployeeImport(viewer, noEmailColumn)).rejects.toThrow(/Colonnes manquantes : Adresse e-mail, Transporteur/);
    await expect(previewEmployeeImport(viewer, csv([]))).rejects.toThrow("Le fichier ne contient aucun salarié");
    await expect(previewEmployeeImport(viewer, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow("n'est pas lisible");
    await expect(previewEmployeeImport(viewer, new Uint8Array(2 * 1024 * 1024 + 1).fill(65))).rejects.toThrow("dépasse 2 Mo");
    const many = csv(Array.from({ length: 5001 }, (_, i) => person("A", `B${i}`, "")));
    await expect(previewEmployeeImport(viewer, many)).rejects.toThrow("plus de 5\u202f000 lignes");
  });
});

describe("import", () => {
  const fileWithOneBadRow = (tag: string) =>
    csv([
      person("Anne", `Un${tag}`, `anne-${tag}@example.fr`, ["non", "oui", "non", "oui"]),
      person("Bruno", `Deux${tag}`, "bruno@@example"),
      person("Carl", `Trois${tag}`, ""),
    ]);

  it("all-or-nothing: one bad row imports nothing and queues no e-mail", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const error = await importEmployees(viewer, fileWithOneBadRow(tag), "tout").catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe(
      "Aucun salarié n'a été importé : 1 ligne est en erreur. Corrigez le fichier, ou choisissez d'importer les lignes valides.",
    );
    expect(await db.person.count({ where: { companyId: company.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { OR: [{ to: `anne-${tag}@example.fr` }, { to: company.email }] } })).toBe(0);
  });

  it("skipping bad rows: the valid ones get the form's accounts, links, e-mails and audit; the bad one nothing", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const result = await importEmployees(viewer, fileWithOneBadRow(tag), "valides");
    expect(result).toEqual({ imported: 2, skipped: 1 });
    const people = await db.person.findMany({
      where: { companyId: company.id },
      include: { account: true, profile: true },
      orderBy: { lastName: "asc" },
    });
    expect(people.map((p) => p.lastName)).toEqual([`Trois${tag}`, `Un${tag}`]);
    const [carl, anne] = people;
    expect(anne).toMatchObject({
      roles: ["CONTROLLER"],
      profile: { code: "TECHNIQUE" },
      origin: "COMPANY",
      searchName: `anne un${tag}`.toLowerCase(),
    });
    expect(anne.account).toMatchObject({ email: `anne-${tag}@example.fr`, uniqueId: null, mustSetPassword: true });
    expect(carl.account.uniqueId).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await db.passwordToken.count({ where: { accountId: { in: [anne.accountId, carl.accountId] }, purpose: "FIRST_LOGIN" } })).toBe(
      2,
    );

    const mails = await db.emailOutbox.findMany({ where: { OR: [{ to: `anne-${tag}@example.fr` }, { to: company.email }] } });
    expect(mails.map((m) => m.template).sort()).toEqual(["employee-created", "employee-created-referent", "employees-imported-referent"]);
    expect(mails.find((m) => m.template === "employee-created-referent")!.text).toContain(carl.account.uniqueId!);
    expect(mails.find((m) => m.template === "employees-imported-referent")!.subject).toBe("Import de salariés\u202f: 2 comptes créés");
    // the bad row: no account, no e-mail
    expect(await db.person.count({ where: { lastName: `Deux${tag}` } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { text: { contains: `DEUX${tag.toUpperCase()}` } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "employee.created", targetId: { in: people.map((p) => p.id) } } })).toBe(2);
    expect(await db.auditLog.findFirst({ where: { action: "employees.imported", companyId: company.id } })).toMatchObject({
      data: { imported: 2, skipped: 1, mode: "valides" },
    });
  });

  it("reads a Windows-1252 file separated by commas, and links a SNBPE passport", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const text = [HEADER.join(","), `Hélène,Géraud${tag},helene-${tag}@example.fr,non,oui,non,non,15/03/2025`].join("\r\n");
    const bytes = Uint8Array.from(Buffer.from(text, "latin1"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(await importEmployees(viewer, bytes, "tout")).toEqual({ imported: 1, skipped: 0 });
    const helene = await db.person.findFirstOrThrow({ where: { companyId: company.id }, include: { snbpePassport: true } });
    expect(helene).toMatchObject({ firstName: "Hélène", lastName: `Géraud${tag}` });
    expect(helene.snbpePassport?.obtainedAt.toISOString()).toBe("2025-03-15T00:00:00.000Z");
  });

  it("reads an XLSX file (its first sheet)", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const rows = [person("Inès", `Xlsx${tag}`, `ines-${tag}@example.fr`), person("Jules", `Xlsx${tag}`, "")];
    const xlsx = new Uint8Array(
      await new Response(
        tableStream(
          "xlsx",
          HEADER,
          (async function* () {
            yield rows;
          })(),
        ),
      ).arrayBuffer(),
    );
    const preview = await previewEmployeeImport(viewer, xlsx);
    expect(preview.rows.map((r) => [r.cells.firstName, r.cells.email])).toEqual([
      ["Inès", `ines-${tag}@example.fr`],
      ["Jules", ""],
    ]);
    expect(await importEmployees(viewer, xlsx, "tout")).toEqual({ imported: 2, skipped: 0 });
    expect(await db.person.count({ where: { companyId: company.id } })).toBe(2);
  });

  it("refuses a file whose e-mail was taken between the preview and the import, and writes nothing", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const file = csv([person("Kim", `Course${tag}`, `kim-${tag}@example.fr`), person("Léo", `Course${tag}`, `leo-${tag}@example.fr`)]);
    expect((await previewEmployeeImport(viewer, file)).errorCount).toBe(0);
    await db.account.create({ data: { email: `leo-${tag}@example.fr` } });
    await expect(importEmployees(viewer, file, "tout")).rejects.toThrow("1 ligne est en erreur");
    expect(await importEmployees(viewer, file, "valides")).toEqual({ imported: 1, skipped: 1 });
    expect(await db.person.count({ where: { companyId: company.id } })).toBe(1);
  });
});

describe("two imports of the same file at once", () => {
  it("one imports, the other fails with a French message and leaves nothing", async () => {
    const { company, viewer } = await ownReferent();
    const tag = uniq();
    const file = csv([person("Nour", `Double${tag}`, `nour-${tag}@example.fr`), person("Omar", `Double${tag}`, `omar-${tag}@example.fr`)]);
    const results = await Promise.allSettled([importEmployees(viewer, file, "tout"), importEmployees(viewer, file, "tout")]);
    const done = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(done).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(UserFacingError);
    // both checked the file before either wrote: the database's unique index refuses the second
    expect(failed[0].reason.message).toMatch(/vient d'être utilisée par un autre compte|2 lignes sont en erreur/);
    expect(await db.person.count({ where: { companyId: company.id } })).toBe(2);
    expect(await db.emailOutbox.count({ where: { to: `nour-${tag}@example.fr` } })).toBe(1);
  });
});

describe("refusals", () => {
  const file = () => csv([person("Max", `Refus${uniq()}`, "")]);

  it.each([DEMO.admin, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller])("the data layer refuses %s", async (who) => {
    const viewer = await viewerOf(who);
    await expect(previewEmployeeImport(viewer, file())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(importEmployees(viewer, file(), "valides")).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("the actions refuse anonymous visitors and other roles, and serve a referent", async () => {
    const upload = () => new File([file()], "salaries.csv", { type: "text/csv" });
    current = null;
    expect(await previewEmployeeImportAction({ file: upload() })).toMatchObject({
      ok: false,
      error: "Votre session a expiré\u202f: reconnectez-vous.",
    });
    for (const who of [DEMO.admin, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      current = await viewerOf(who);
      expect(await previewEmployeeImportAction({ file: upload() })).toEqual({ ok: false, error: "Accès refusé." });
      expect(await importEmployeesAction({ file: upload(), mode: "valides" })).toEqual({ ok: false, error: "Accès refusé." });
    }
    const { viewer } = await ownReferent();
    current = viewer;
    const res = await previewEmployeeImportAction({ file: upload() });
    expect(res).toMatchObject({ ok: true, data: { validCount: 1, errorCount: 0 } });
    expect(await previewEmployeeImportAction({ file: "pas un fichier" as unknown as File })).toMatchObject({
      ok: false,
      fieldErrors: { file: "Choisissez un fichier CSV ou Excel (.xlsx)." },
    });
  });
});
