import { z } from "zod";
import { REGIONS } from "@/lib/companies/regions";

// Issue 11, item 3: the query string of "ENTREPRISES" (/admin/entreprises). Every value comes
// from a URL: anything unexpected falls back to its default instead of failing the page.
export const COMPANY_STATES = ["demandes", "saisies", "PENDING", "ACTIVE", "SUSPENDED", "REJECTED", "CLOSED"] as const;
/** the newest registrations first by default: what administrators come to look at */
export const COMPANY_SORTS = ["-date", "date", "nom", "-nom"] as const;
export const COMPANY_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const companyListQuerySchema = z.object({
  q: z.preprocess(first, z.string().max(100).catch("")).catch(""),
  type: z.preprocess(first, z.enum(["SUBCONTRACTOR", "MEMBER"]).optional()).catch(undefined),
  etat: z.preprocess(first, z.enum(COMPANY_STATES).optional()).catch(undefined),
  region: z.preprocess(first, z.enum(REGIONS as [string, ...string[]]).optional()).catch(undefined),
  tri: z.preprocess(first, z.enum(COMPANY_SORTS).default("-date")).catch("-date"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

export type CompanyListQuery = z.infer<typeof companyListQuerySchema>;

export const COMPANY_STATE_LABELS: Record<(typeof COMPANY_STATES)[number], string> = {
  demandes: "Demandes d'adhésion",
  saisies: "Saisies par un formateur",
  PENDING: "En attente",
  ACTIVE: "Active",
  SUSPENDED: "Suspendue",
  REJECTED: "Refusée",
  CLOSED: "Fermée",
};

export const COMPANY_KIND_LABELS = { SUBCONTRACTOR: "Sous-traitante", MEMBER: "Adhérente" } as const;

/** Letters without accents, lower case: what the search compares ("Électricité" finds "electricite"). */
export const foldText = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .trim();
