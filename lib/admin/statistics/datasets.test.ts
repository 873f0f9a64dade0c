/** @jest-environment node */
import { checkTable, granularityOf, mondayOf } from "@/lib/admin/statistics/datasets";

describe("the gate checks' table", () => {
  it("keeps days up to 92 days and groups a longer period by week", () => {
    expect(granularityOf({ from: "2026-01-01", to: "2026-04-02" })).toBe("jour"); // 92 days
    expect(granularityOf({ from: "2026-01-01", to: "2026-04-03" })).toBe("semaine");
    expect(mondayOf("2026-11-26")).toBe("2026-11-23"); // a Thursday
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(mondayOf("2026-11-29")).toBe("2026-11-23"); // a Sunday
  });

  it("sums each week's days, the first week starting on the period's first day, with the same totals as the days", () => {
    // Thursday 1 January 2026 to Sunday 19 April 2026
    const period = { from: "2026-01-01", to: "2026-04-19" };
    const rows = [
      { day: "2026-01-01", result: "VALID" as const, count: 3 }, // first, short week (Thu–Sun)
      { day: "2026-01-04", result: "VALID" as const, count: 2 },
      { day: "2026-01-05", result: "EXPIRED" as const, count: 7 }, // Monday: the next week
      { day: "2026-04-19", result: "FORGED" as const, count: 1 }, // last day
      { day: "2026-04-20", result: "VALID" as const, count: 100 }, // outside the period: ignored
    ];
    const weekly = checkTable(period, rows, "semaine");
    const daily = checkTable(period, rows, "jour");
    expect(weekly.headers).toEqual(["Semaine", "Valide", "Expiré", "Révoqué", "Inconnu", "Falsifié", "Total"]);
    expect(weekly.rows[0]).toEqual(["sem. du 01/01/2026", 5, 0, 0, 0, 0, 5]);
    expect(weekly.rows[1]).toEqual(["sem. du 05/01/2026", 0, 7, 0, 0, 0, 7]);
    expect(weekly.rows.at(-2)).toEqual(["sem. du 13/04/2026", 0, 0, 0, 0, 1, 1]);
    expect(weekly.rows).toHaveLength(16 + 1); // 16 weeks and the total
    expect(weekly.rows.at(-1)).toEqual(daily.rows.at(-1));
    expect(weekly.rows.at(-1)).toEqual(["Total", 5, 7, 0, 0, 1, 13]);
    expect(daily.rows).toHaveLength(109 + 1);
    expect(weekly.summary).toContain("le CSV donne chaque jour");
  });
});
