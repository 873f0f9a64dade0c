import { EMPLOYEE_SORT_KEYS, type EmployeeListQuery, type EmployeeSort } from "@/lib/people/employee-sorts";
import { cleanText } from "@/lib/text";

/** Reads the list's URL (?q=&tri=&ordre=&page=), ignoring anything unexpected. */
export function employeeListQuery(params: Record<string, string | string[] | undefined>): EmployeeListQuery {
  const one = (k: string) => (Array.isArray(params[k]) ? params[k]![0] : params[k]) as string | undefined;
  const sort = one("tri");
  const page = Number(one("page"));
  return {
    q: cleanText(one("q")) || undefined,
    // own keys only: `in` would also accept "constructor", "toString"… from the prototype
    sort: sort && Object.hasOwn(EMPLOYEE_SORT_KEYS, sort) ? (sort as EmployeeSort) : undefined,
    dir: one("ordre") === "desc" ? "desc" : one("ordre") === "asc" ? "asc" : undefined,
    // a page far beyond the list is empty, not an overflow
    page: Number.isFinite(page) && page >= 1 ? Math.min(Math.floor(page), 1_000_000) : 1,
  };
}
