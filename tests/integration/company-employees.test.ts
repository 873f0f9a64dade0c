import { db } from "@/lib/db";
import { listEmployees, PAGE_SIZE } from "@/lib/people/list-employees";
import { AccessDeniedError } from "@/lib/auth/guards";
import { DEMO, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

describe("employee list (B3)", () => {
  it("lists only the caller's company, with passport, state and expiry", async () => {
    const list = await listEmployees(await viewerOf(DEMO.referent), { sort: "nom" });
    const names = list.rows.map((r) => r.lastName);
    expect(names).toEqual(expect.arrayContaining(["Benali", "Dupont", "Martin"]));
    expect(names).not.toContain("Leroy");
    const jean = list.rows.find((r) => r.lastName === "Dupont")!;
    expect(jean).toMatchObject({ state: "ACTIVE", passportNumber: "PS-2026-7K4M9Q", profileName: "Salarié technique" });
    expect(jean.expiresAt).toBeInstanceOf(Date);
    expect(list.rows.find((r) => r.lastName === "Martin")!.passportId).toBeNull();
  });

  it("searches by name, case-insensitively, and treats % and _ as text", async () => {
    const viewer = await viewerOf(DEMO.referent);
    expect((await listEmployees(viewer, { q: "DUPO" })).rows.map((r) => r.lastName)).toEqual(["Dupont"]);
    expect((await listEmployees(viewer, { q: "jean dupont" })).total).toBe(1);
    expect((await listEmployees(viewer, { q: "%" })).total).toBe(0);
  });

  it("sorts each column both ways", async () => {
    const viewer = await viewerOf(DEMO.referent);
    const asc = (await listEmployees(viewer, { sort: "prenom", dir: "asc" })).rows.map((r) => r.firstName);
    const desc = (await listEmployees(viewer, { sort: "prenom", dir: "desc" })).rows.map((r) => r.firstName);
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)));
    expect(desc[0]).toBe(asc.at(-1));
    const byExpiry = (await listEmployees(viewer, { sort: "expiration", dir: "asc" })).rows;
    expect(byExpiry[0].expiresAt).not.toBeNull(); // NULLS LAST
  });

  it("pages by " + PAGE_SIZE, async () => {
    const viewer = await viewerOf(DEMO.referent);
    const page = await listEmployees(viewer, { page: 999 });
    expect(page.rows).toEqual([]);
    expect(page.page).toBe(999);
  });

  it("is refused to a learner", async () => {
    await expect(listEmployees(await viewerOf(DEMO.learnerWithEmail), {})).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
