import { employeeListQuery } from "@/lib/people/employee-list-params";

describe("employee list URL (?q=&tri=&ordre=&page=)", () => {
  it("keeps every column's sort key", () => {
    for (const key of ["prenom", "nom", "profil", "passeport", "etat", "expiration"]) {
      expect(employeeListQuery({ tri: key }).sort).toBe(key);
    }
  });

  it("ignores an unknown sort key", () => {
    expect(employeeListQuery({ tri: "motdepasse" }).sort).toBeUndefined();
    expect(employeeListQuery({}).sort).toBeUndefined();
  });

  it("ignores keys inherited from Object.prototype", () => {
    for (const key of ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"]) {
      expect(employeeListQuery({ tri: key }).sort).toBeUndefined();
    }
  });

  it("reads the first value of a repeated parameter, the order and the page", () => {
    expect(employeeListQuery({ tri: ["constructor", "nom"], ordre: "desc", page: "3" })).toEqual({
      q: undefined,
      sort: undefined,
      dir: "desc",
      page: 3,
    });
    expect(employeeListQuery({ tri: ["nom", "constructor"], page: "-2" })).toMatchObject({ sort: "nom", page: 1 });
  });
});
