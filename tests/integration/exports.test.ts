// Issue 14, items 3 and 7: exports read back (Excel's BOM, ";", CRLF, accents, formulas
// neutralised, XLSX through an independent reader), each list scoped to its viewer and refused
// to every other role. 150,000 rows: export-stream.test.ts.
import { readSheet } from "read-excel-file/node";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany, typedCompany } from "@/tests/helpers/companies";
import { importEmployees } from "@/lib/people/import-employees";
import { IMPORT_COLUMNS } from "@/lib/people/employee-import.schema";
import { csvCell, tableStream, type RowBatches } from "@/lib/export/table-stream";
import { EMPLOYEE_EXPORT_HEADERS, exportEmployees, exportPeopleForAdmin } from "@/lib/people/export-employees";
import { exportCompaniesForAdmin } from "@/lib/companies/export-companies";
import { exportTrainerParticipants } from "@/lib/sessions/export-participants";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { GET as employeesRoute } from "@/app/(entreprise)/entreprise/salaries/export/route";
import { GET as memberEmployeesRoute } from "@/app/(adherent)/adherent/salaries/export/route";
import { GET as peopleRoute } from "@/app/(admin)/admin/utilisateurs/export/route";
import { GET as companiesRoute } from "@/app/(admin)/admin/entreprises/export/route";
import { GET as participantsRoute } from "@/app/(formateur)/formateur/validation/export/route";
import { GET as templateRoute } from "@/app/(entreprise)/entreprise/salaries/import/modele/route";

afterAll(() => db.$disconnect());

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());
const csvText = async (batches: RowBatches) => {
  const bytes = await bytesOf(tableStream("csv", ["x"], batches));
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.slice(3));
};

async function companyWithEmployees() {
  const company = await registeredCompany();
  const viewer = await viewerOf(company.email);
  const tag = uniq();
  const header = IMPORT_COLUMNS.map((c) => c.label).join(";");
  const lines = [
    `Hélène;Ébrard${tag};helene-${tag}@example.fr;non;non;non;non;`,
    `Zoé;=SOMME(A1:A9)${tag};;non;oui;non;non;`,
    `"Jean; dit ""Jo""";@Lefèvre${tag};;oui;non;non;non;`,
  ];
  await importEmployees(viewer, new TextEncoder().encode([header, ...lines].join("\n")), "tout");
  return { company, viewer, tag };
}

describe("CSV and XLSX read back", () => {
  it("neutralises formulas and quotes what must be", () => {
    expect(["=1+1", "+33 6", "-2", "@x", "\tA", "Dupont"].map(csvCell)).toEqual(["'=1+1", "'+33 6", "'-2", "'@x", "'\tA", "Dupont"]);
    expect(csvCell('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvCell(1.5)).toBe("1,5");
    expect(csvCell(new Date("2026-03-05T12:00:00Z"))).toBe("05/03/2026");
  });

  it("exports the employees of the referent's company only: BOM, ';', CRLF, accents, passport state", async () => {
    const { viewer, tag } = await companyWithEmployees();
    const other = await companyWithEmployees();
    current = viewer;
    const res = await employeesRoute(new Request("http://localhost/entreprise/salaries/export"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="salaries-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe(EMPLOYEE_EXPORT_HEADERS.join(";"));
    expect(lines).toHaveLength(5);
    expect(text).toContain(`ÉBRARD${tag.toUpperCase()};Hélène;helene-${tag}@example.fr;;Salarié administratif;Non activé;;Aucun;`);
    expect(text).toContain(`'=SOMME(A1:A9)${tag.toUpperCase()};Zoé;;`);
    expect(text).toContain(`'@LEFÈVRE${tag.toUpperCase()};"Jean; dit ""Jo""";`);
    expect(text).not.toContain(other.tag.toUpperCase());

    const xlsx = await memberEmployeesRoute(new Request("http://localhost/adherent/salaries/export?format=xlsx"));
    // the subcontractor's referent has no member space
    expect(xlsx.status).toBe(404);
  });

  it("exports XLSX that an independent reader reads back, accents and formula-like text as plain text", async () => {
    const { viewer, tag } = await companyWithEmployees();
    current = viewer;
    const res = await employeesRoute(new Request("http://localhost/entreprise/salaries/export?format=xlsx"));
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const rows = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(EMPLOYEE_EXPORT_HEADERS);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      [`=SOMME(A1:A9)${tag.toUpperCase()}`, "Zoé"],
      [`@LEFÈVRE${tag.toUpperCase()}`, 'Jean; dit "Jo"'],
      [`ÉBRARD${tag.toUpperCase()}`, "Hélène"],
    ]);
  });

  it("serves the import template with the import's columns", async () => {
    current = (await companyWithEmployees()).viewer;
    const res = await templateRoute(new Request("http://localhost/entreprise/salaries/import/modele?format=xlsx"));
    expect(await readSheet(Buffer.from(await res.arrayBuffer()))).toEqual([IMPORT_COLUMNS.map((c) => c.label)]);
  });

  it("exports the administrators' people and companies, and the trainer's participants", async () => {
    const { company, tag } = await companyWithEmployees();
    const admin = await viewerOf(DEMO.admin);
    const people = await csvText(exportPeopleForAdmin(admin));
    expect(people).toContain(`ÉBRARD${tag.toUpperCase()};Hélène;helene-${tag}@example.fr;;${company.name};${company.siret};`);
    const companies = await csvText(exportCompaniesForAdmin(admin));
    expect(companies).toContain(`${company.name};Sous-traitante;${company.siret};;;Active;Rémi RÉFÉRENT;${company.email};3;`);
    const typed = await typedCompany(2, 1);
    const participants = await csvText(exportTrainerParticipants(await viewerOf(DEMO.trainer)));
    const mine = participants.split("\r\n").filter((l) => l.includes(`;${typed.name};`));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatch(
      /^Salarié technique n°\d+;\d{2}\/\d{2}\/\d{4};TYPÉ0.*;Tom;.*;Passeport obtenu;PS-\d{4}-\w{6};\d{2}\/\d{2}\/\d{4}$/,
    );
    expect(mine[1]).toMatch(/;Doit repasser;;$|;En attente;;$/);
    const sophie = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.trainer } } });
    const someoneElses = await db.sessionParticipant.findFirst({
      where: { session: { trainerId: { not: sophie.id } } },
      select: { person: { select: { lastName: true } } },
    });
    if (someoneElses) expect(participants).not.toContain(someoneElses.person.lastName.toUpperCase());
  });
});

describe("refusals", () => {
  const cases: { name: string; route: (r: Request) => Promise<Response>; data: (v: Viewer) => RowBatches; allowed: string[] }[] = [
    { name: "employees (entreprise)", route: employeesRoute, data: exportEmployees, allowed: [DEMO.referent] },
    { name: "employees (adhérent)", route: memberEmployeesRoute, data: exportEmployees, allowed: [DEMO.member] },
    { name: "people (admin)", route: peopleRoute, data: exportPeopleForAdmin, allowed: [DEMO.admin] },
    { name: "companies (admin)", route: companiesRoute, data: exportCompaniesForAdmin, allowed: [DEMO.admin] },
    { name: "participants (formateur)", route: participantsRoute, data: exportTrainerParticipants, allowed: [DEMO.trainer] },
  ];
  const everyone = [DEMO.admin, DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller];

  it.each(cases)("$name: 404 for anonymous visitors and every other role, the data layer refuses them too", async (c) => {
    current = null;
    expect((await c.route(new Request("http://localhost/x"))).status).toBe(404);
    for (const who of everyone) {
      current = await viewerOf(who);
      const res = await c.route(new Request("http://localhost/x"));
      expect([who, res.status]).toEqual([who, c.allowed.includes(who) ? 200 : 404]);
      await res.body?.cancel();
    }
    // the data layer alone (as a script or another route would call it)
    const roles =
      c.data === exportEmployees
        ? [DEMO.admin, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]
        : everyone.filter((w) => !c.allowed.includes(w));
    expect(() => c.data(null as never)).toThrow(AccessDeniedError);
    for (const who of roles) {
      const viewer = await viewerOf(who);
      expect(() => c.data(viewer)).toThrow(AccessDeniedError);
    }
  });
});
