import { daysOf, defaultPeriod, monthsOf, parsePeriod } from "@/lib/admin/statistics/period";
import { toCsv } from "@/lib/admin/statistics/csv";

const now = new Date("2026-11-25T23:30:00Z"); // already 26 November in Paris

describe("the statistics' period", () => {
  it("defaults to the current Paris month and the 11 before it", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2025-12-01", to: "2026-11-26" });
    expect(parsePeriod({}, now)).toEqual({
      period: { from: "2025-12-01", to: "2026-11-26" },
      input: { du: "2025-12-01", au: "2026-11-26" },
      errors: {},
    });
  });

  it("takes a valid period as given", () => {
    expect(parsePeriod({ du: "2026-01-01", au: "2026-03-31" }, now).period).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("says what is wrong next to the field and falls back on the default period", () => {
    const cases: [Record<string, string | string[]>, "du" | "au", RegExp][] = [
      [{ du: "2026-02-30", au: "2026-03-01" }, "du", /Date de début invalide/],
      [{ du: "2026-01-01", au: "31/12/2026" }, "au", /Date de fin invalide/],
      [{ du: "2026-05-01", au: "2026-04-01" }, "au", /doit suivre/],
      [{ du: "2019-01-01", au: "2026-01-01" }, "au", /5 ans/],
      [{ du: "1999-12-31", au: "2000-01-01" }, "du", /Date de début invalide/],
      [{ du: ["2026-01-01", "2026-02-01"], au: "2026-13-01\u0000" }, "au", /Date de fin invalide/],
    ];
    for (const [params, field, message] of cases) {
      const result = parsePeriod(params, now);
      expect(result.errors[field]).toMatch(message);
      expect(result.period).toEqual(defaultPeriod(now));
    }
  });

  it("lists the months and the days of a period", () => {
    expect(monthsOf({ from: "2025-11-15", to: "2026-02-01" })).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(daysOf({ from: "2026-03-28", to: "2026-04-01" })).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
    ]);
  });
});

describe("CSV for French Excel", () => {
  it("writes a BOM, semicolons, decimal commas, quotes where needed, and defuses formulas", () => {
    expect(
      toCsv(
        ["Module", "Taux (%)"],
        [
          ["Accueil; règles", 12.5],
          ['Dit "non"', 3],
          ["=SUM(A1)", 0],
        ],
      ),
    ).toBe('\uFEFFModule;Taux (%)\r\n"Accueil; règles";12,5\r\n"Dit ""non""";3\r\n\'=SUM(A1);0\r\n');
  });
});
