// The statistics sections written as HTML strings (issue 11, item 8): the same accessible
// markup as the React components they replaced, every text escaped, written once per dataset.
import { datasetSectionHtml, niceMax, sectionHtml } from "@/lib/admin/statistics/render";
import type { Dataset } from "@/lib/admin/statistics/datasets";

const modules: Dataset = {
  key: "modules",
  title: "Réussite par module",
  summary: "2 modules <b>évalués</b>.",
  headers: ["Module", "Tentatives", "Taux de réussite (%)"],
  rows: [
    ["Circulation & <script>alert(1)</script>", 1234, 87.5],
    ["Total", 2000, 80],
  ],
  chart: {
    kind: "bars",
    categories: ["Circulation & <script>alert(1)</script>", "EPI"],
    series: [{ name: "Taux", values: [87.5, 72] }],
    stacked: false,
    horizontal: true,
    unit: "%",
  },
};

const checks: Dataset = {
  key: "controles",
  title: "Contrôles par jour",
  summary: "3 contrôles.",
  headers: ["Jour", "Valide", "Expiré", "Total"],
  rows: [["01/11/2026", 2, 1, 3]],
  chart: {
    kind: "lines",
    categories: ["01/11/2026", "02/11/2026"],
    series: [
      { name: "Valide", values: [2, 0] },
      { name: "Expiré", values: [1, 0] },
    ],
  },
};

function mount(html: string) {
  const section = document.createElement("section");
  section.innerHTML = html;
  document.body.replaceChildren(section);
  return section;
}

describe("a statistics section written as HTML", () => {
  it("has the chart's text alternative, a captioned table with row headers and French numbers, and a CSV link", () => {
    const section = mount(datasetSectionHtml(modules, "/admin/statistiques/csv/modules?du=2026-01-01&au=2026-12-31"));
    expect(section.querySelector("h2")!.id).toBe("stat-modules-h");
    const svg = section.querySelector("svg[role=img]")!;
    expect(svg.getAttribute("aria-labelledby")).toBe("stat-modules-g-titre stat-modules-g-desc");
    expect(section.querySelector("#stat-modules-g-titre")!.textContent).toBe("Réussite par module");
    expect(section.querySelector("#stat-modules-g-desc")!.textContent).toBe(
      "2 modules <b>évalués</b>. Les valeurs sont dans le tableau «\u202fRéussite par module\u202f».",
    );
    const table = section.querySelector("[role=region][tabindex='0'] table")!;
    expect(table.closest("[role=region]")!.getAttribute("aria-label")).toBe("Tableau : Réussite par module");
    expect(table.querySelector("caption")!.textContent).toBe("Réussite par module");
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(modules.headers);
    const first = table.querySelector("tbody tr")!;
    expect(first.querySelector("th[scope=row]")!.textContent).toBe("Circulation & <script>alert(1)</script>");
    expect([...first.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["1\u202f234", "87,5"]);
    expect(table.querySelector("tbody tr:last-child")!.className).toBe("font-bold");
    const csv = section.querySelector("a[download]")!;
    expect(csv.getAttribute("href")).toBe("/admin/statistiques/csv/modules?du=2026-01-01&au=2026-12-31");
    expect(csv.textContent).toBe("Télécharger en CSV\u202f: Réussite par module");
    // French typography in the drawn text: a no-break space before %, none left breakable
    expect(svg.textContent).toContain("87,5\u00a0%");
    expect(svg.textContent).not.toMatch(/\d %/);
    // nothing of the data became markup
    expect(section.querySelector("script, b")).toBeNull();
    expect(svg.querySelectorAll("rect")).toHaveLength(2);
  });

  it("draws one line per series with a legend, and says when there is no data", () => {
    const section = mount(datasetSectionHtml(checks, "/x"));
    expect(section.querySelectorAll("polyline")).toHaveLength(2);
    expect([...section.querySelectorAll("figure ul li")].map((li) => li.textContent)).toEqual(["Valide", "Expiré"]);
    const empty = mount(
      datasetSectionHtml(
        { ...modules, rows: [], chart: { ...modules.chart, categories: [], series: [{ name: "Taux", values: [] }] } } as Dataset,
        "/x",
      ),
    );
    expect(empty.querySelector("svg")!.textContent).toContain("Aucune donnée sur la période.");
    expect(empty.querySelector("tbody td")!.textContent).toBe("Aucune donnée sur la période.");
  });

  it("gives the same section again for the same dataset and link, and a new one for another link", () => {
    const a = sectionHtml(checks, "/a");
    expect(sectionHtml(checks, "/a")).toBe(a);
    expect(sectionHtml(checks, "/b")).toContain('href="/b"');
    expect(niceMax(37)).toBe(40);
    expect(niceMax(41)).toBe(50);
  });
});
