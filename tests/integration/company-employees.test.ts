import { db } from "@/lib/db";
import { listEmployees, PAGE_SIZE } from "@/lib/people/list-employees";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

describe("employee list (B3)", () => {
  it("lists only the caller's company, with passport, state and expiry", async () => {
    // other tests add employees to the demo company: look at the demo ones by name
    const viewer = await viewerOf(DEMO.referent);
    const one = async (q: string) => (await listEmployees(viewer, { q })).rows;
    expect((await one("leroy")).length).toBe(0); // Marc Leroy works for the member company
    const [jean] = await one("jean dupont");
    expect(jean).toMatchObject({ state: "ACTIVE", passportNumber: "PS-2026-7K4M9Q", profileName: "Salarié technique" });
    expect(jean.expiresAt).toBeInstanceOf(Date);
    const [lucie] = await one("lucie martin");
    expect(lucie.passportId).toBeNull();
    expect((await one("karim benali"))[0]).toMatchObject({ profileName: "Transporteur" });
  });

  it("searches by name, case-insensitively, and treats % and _ as text", async () => {
    const viewer = await viewerOf(DEMO.referent);
    expect((await listEmployees(viewer, { q: "DUPO" })).rows.map((r) => r.lastName)).toEqual(["Dupont"]);
    expect((await listEmployees(viewer, { q: "jean dupont" })).total).toBe(1);
    expect((await listEmployees(viewer, { q: "%" })).total).toBe(0);
  });

  it("sorts each column both ways", async () => {
    // three employees of our own, found by a tag in their names
    const viewer = await viewerOf(DEMO.referent);
    const tag = uniq();
    for (const first of ["Bruno", "Alice", "Chloe"]) {
      const account = await db.account.create({ data: { uniqueId: `T${uniq().toUpperCase()}`.slice(0, 12) } });
      await db.person.create({
        data: {
          accountId: account.id,
          companyId: viewer.company!.id,
          firstName: first,
          lastName: `Tri${tag}`,
          searchName: `${first} tri${tag}`.toLowerCase(),
        },
      });
    }
    const firstNames = async (dir: "asc" | "desc") =>
      (await listEmployees(viewer, { q: tag, sort: "prenom", dir })).rows.map((r) => r.firstName);
    expect(await firstNames("asc")).toEqual(["Alice", "Bruno", "Chloe"]);
    expect(await firstNames("desc")).toEqual(["Chloe", "Bruno", "Alice"]);
    const byExpiry = (await listEmployees(viewer, { sort: "expiration", dir: "asc" })).rows;
    expect(byExpiry[0].expiresAt).not.toBeNull(); // employees without passport come last
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
