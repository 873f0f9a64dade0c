// Issue 11, item 1: the full results of the global search, grouped by kind.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { globalSearch } from "@/lib/admin/global-search";
import { cleanText } from "@/lib/text";
import { formatDate } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";

export const metadata = { title: "Recherche" };

const LIMIT = 50;
const KIND = { MEMBER: "Adhérente", SUBCONTRACTOR: "Sous-traitante" } as const;
const COMPANY_STATUS: Record<string, string> = { PENDING: "En attente", ACTIVE: "Active", REJECTED: "Refusée", CLOSED: "Fermée" };
const SESSION_STATUS: Record<string, string> = { CREATED: "Créée", STARTED: "En cours", CLOSED: "Clôturée" };
const link = "font-semibold text-navy underline";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireSpace("admin");
  const q = cleanText((await searchParams).q, 120).trim();
  const { people, companies, sessions } = await globalSearch(viewer, q, LIMIT);
  const total = people.length + companies.length + sessions.length;
  const more = (n: number) =>
    n === LIMIT ? <p className="text-sm text-slate-700">Les {LIMIT} premiers&#8239;: précisez la recherche pour voir les autres.</p> : null;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">RECHERCHE</h1>
      <p role="status">
        {q.length < 2
          ? "Saisissez au moins deux caractères dans le champ de recherche."
          : total === 0
            ? `Aucun résultat pour «\u202f${q}\u202f».`
            : `${total} résultat${total > 1 ? "s" : ""} pour «\u202f${q}\u202f».`}
      </p>

      <section aria-labelledby="personnes" className="grid gap-2">
        <h2 id="personnes" className="text-lg font-bold">
          Personnes ({people.length})
        </h2>
        <Table headers={["Nom", "Identifiant", "Entreprise", "État"]} empty={people.length === 0 ? "Aucune personne." : null}>
          {people.map((p) => (
            <Row key={p.id}>
              <Cell>
                <Link href={`/admin/utilisateurs/${p.id}`} className={link}>
                  {p.firstName} {p.lastName.toUpperCase()}
                </Link>
              </Cell>
              <Cell>{p.passportNumber ? `Passeport ${p.passportNumber}` : (p.email ?? `ID unique ${p.uniqueId}`)}</Cell>
              <Cell>{p.companyName}</Cell>
              <Cell>{p.deleted ? "Supprimé" : p.blocked ? "Bloqué" : "Actif"}</Cell>
            </Row>
          ))}
        </Table>
        {more(people.length)}
      </section>

      <section aria-labelledby="entreprises" className="grid gap-2">
        <h2 id="entreprises" className="text-lg font-bold">
          Entreprises ({companies.length})
        </h2>
        <Table headers={["Nom", "Type", "SIRET", "N° adhérent", "Statut"]} empty={companies.length === 0 ? "Aucune entreprise." : null}>
          {companies.map((c) => (
            <Row key={c.id}>
              <Cell>
                <Link href={`/admin/entreprises/${c.id}`} className={link}>
                  {c.name}
                </Link>
              </Cell>
              <Cell>{KIND[c.kind]}</Cell>
              <Cell>{c.siret ?? "-"}</Cell>
              <Cell>{c.memberNumber ?? "-"}</Cell>
              <Cell>{COMPANY_STATUS[c.status] ?? c.status}</Cell>
            </Row>
          ))}
        </Table>
        {more(companies.length)}
      </section>

      <section aria-labelledby="sensibilisations" className="grid gap-2">
        <h2 id="sensibilisations" className="text-lg font-bold">
          Sensibilisations ({sessions.length})
        </h2>
        <Table headers={["Sensibilisation", "Date", "Formateur", "État"]} empty={sessions.length === 0 ? "Aucune sensibilisation." : null}>
          {sessions.map((s) => (
            <Row key={s.id}>
              <Cell>
                <Link href={`/admin/sessions/${s.id}`} className={link}>
                  {s.label}
                </Link>
              </Cell>
              <Cell>{formatDate(s.heldOn)}</Cell>
              <Cell>{s.trainerName}</Cell>
              <Cell>{SESSION_STATUS[s.status] ?? s.status}</Cell>
            </Row>
          ))}
        </Table>
        {more(sessions.length)}
      </section>
    </div>
  );
}
