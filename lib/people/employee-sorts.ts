// The employee list's sort keys (?tri=…), one per column, and its query type. Plain data
// with no database import, so that reading the URL (and testing it) never loads the Prisma
// client. The SQL behind each key stays in list-employees.ts.
export const EMPLOYEE_SORT_KEYS = {
  prenom: true,
  nom: true,
  profil: true,
  passeport: true,
  etat: true,
  expiration: true,
} as const;

export type EmployeeSort = keyof typeof EMPLOYEE_SORT_KEYS;

export type EmployeeListQuery = { q?: string; sort?: EmployeeSort; dir?: "asc" | "desc"; page?: number };
