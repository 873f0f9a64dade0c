// Issue 11, item 6: the CSV downloads of STATISTIQUES answer administrators only (404 to every
// other visitor, as the admin pages do), in UTF-8 with a byte order mark and ";" separators,
// and refuse a wrong period or an unknown figure without a 500.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
import { GET } from "@/app/(admin)/admin/statistiques/csv/[jeu]/route";

let current: Viewer | null = null;
// hoisted above the imports by Jest
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

afterAll(() => db.$disconnect());

const call = (jeu: string, query = "du=2026-01-01&au=2026-12-31") =>
  GET(new Request(`http://localhost/admin/statistiques/csv/${jeu}?${query}`), { params: Promise.resolve({ jeu }) });

it("gives an administrator each figure as CSV for French Excel", async () => {
  current = await viewerOf(DEMO.admin);
  for (const jeu of [
    "passeports-profil",
    "passeports-canal",
    "etat-passeports",
    "comptes-bloques",
    "formateurs",
    "modules",
    "questions",
    "controles",
  ]) {
    const response = await call(jeu);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="statistiques-${jeu}-2026-01-01-2026-12-31.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0].split(";").length).toBeGreaterThan(1);
  }
  const months = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await call("passeports-canal")).arrayBuffer());
  expect(months.split("\r\n")[0]).toBe("\uFEFFMois;En ligne;Session de groupe;Total");
  expect(months.split("\r\n")).toHaveLength(1 + 12 + 1 + 1);
});

it("answers 400 to a wrong period and 404 to an unknown figure", async () => {
  current = await viewerOf(DEMO.admin);
  for (const query of ["du=2026-02-30&au=2026-03-01", "du=2026-05-01&au=2026-04-01", "du=2000-01-01&au=2026-01-01", "du=%00&au=x"]) {
    const response = await call("modules", query);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^Période invalide/);
  }
  expect((await call("inconnu")).status).toBe(404);
});

it.each([null, DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller])("refuses %s with a 404", async (who) => {
  current = who ? await viewerOf(who) : null;
  const response = await call("formateurs");
  expect(response.status).toBe(404);
  expect(await response.text()).toBe("Page introuvable.");
});
