// Issue 11, item 2: "UTILISATEURS" for administrators: one company's people, the blocked ones,
// pages by keyset on (last name, id) that neither repeat nor skip anyone; others refused.
import { db } from "@/lib/db";
import { listPeopleForAdmin, PEOPLE_PAGE_SIZE } from "@/lib/people/admin-people-list";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

afterAll(() => db.$disconnect());

/** `count` people in a fresh company, last names Nom00…; the second one blocked. */
async function companyWithPeople(count: number) {
  const company = await registeredCompany();
  const tag = uniq();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = await db.account.create({ data: { uniqueId: `T${tag}${i}`.toUpperCase().slice(0, 30) }, select: { id: true } });
    const lastName = `Nom${String(i).padStart(2, "0")}${tag}`;
    const person = await db.person.create({
      data: {
        accountId: account.id,
        companyId: company.id,
        firstName: "Liste",
        lastName,
        searchName: `liste ${lastName.toLowerCase()}`,
        blockedAt: i === 1 ? new Date() : null,
      },
      select: { id: true },
    });
    ids.push(person.id);
  }
  return { company, ids };
}

describe("the administrators' people list", () => {
  it("lists one company's people by last name, in pages that neither repeat nor skip", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { company, ids } = await companyWithPeople(PEOPLE_PAGE_SIZE + 2);
    const first = await listPeopleForAdmin(admin, { companyId: company.id });
    expect(first.company).toEqual({ id: company.id, name: company.name });
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await listPeopleForAdmin(admin, { companyId: company.id, after: first.next! });
    expect(second.rows).toHaveLength(2);
    expect(second.next).toBeNull();
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(ids);
    expect(second.rows.every((r) => r.companyId === company.id)).toBe(true);
  });

  it("combines the company with the blocked filter and the search", async () => {
    const admin = await viewerOf(DEMO.admin);
    const { company, ids } = await companyWithPeople(3);
    expect((await listPeopleForAdmin(admin, { companyId: company.id, blockedOnly: true })).rows.map((r) => r.id)).toEqual([ids[1]]);
    const named = await listPeopleForAdmin(admin, { companyId: company.id, q: "nom02" });
    expect(named.rows.map((r) => r.id)).toEqual([ids[2]]);
  });

  it("ignores a malformed company or cursor instead of failing", async () => {
    const admin = await viewerOf(DEMO.admin);
    const odd = await listPeopleForAdmin(admin, { companyId: "'; drop", after: "pas-un-curseur" });
    expect(odd.company).toBeNull();
    expect(odd.rows.length).toBeGreaterThan(0);
  });

  it("is refused to everyone but administrators", async () => {
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      await expect(listPeopleForAdmin(await viewerOf(who), {})).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
