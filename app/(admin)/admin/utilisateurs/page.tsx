// Issue 11, item 2: "UTILISATEURS", every person of the platform, searched like the global
// search, the blocked ones on demand (the dashboard links to ?etat=bloques), paged by keyset.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listPeopleForAdmin } from "@/lib/people/admin-people-list";
import { cleanText } from "@/lib/text";
import { formatDate } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata = { title: "Utilisateurs" };

type Params = Record<string, string | string[] | undefined>;

const link = "font-semibold text-navy underline";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireSpace("admin");
  const params = await searchParams;
  const q = cleanText(params.q, 120).trim();
  const blockedOnly = cleanText(params.etat) === "bloques";
  const after = cleanText(params.apres, 400) || undefined;
  const { rows, next, company } = await listPeopleForAdmin(viewer, { q, blockedOnly, companyId: cleanText(params.entreprise, 40), after });
  const query = (extra: Record<string, string>) => {
    const s = new URLSearchParams({
      ...(q ? { q } : {}),
      ...(blockedOnly ? { etat: "bloques" } : {}),
      ...(company ? { entreprise: company.id } : {}),
      ...extra,
    });
    return `/admin/utilisateurs?${s.toString()}`;
  };
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">UTILISATEURS</h1>
      <ExportLinks href="/admin/utilisateurs/export" label="Exporter toute la liste" />
      <form
        method="get"
        action="/admin/utilisateurs"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[1fr_auto_auto] sm:items-end"
      >
        <div className="grid gap-1">
          <label htmlFor="q" className="text-sm font-semibold">
            Nom, e-mail, ID unique ou n° de passeport
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={120}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        {company ? <input type="hidden" name="entreprise" value={company.id} /> : null}
        <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="etat" value="bloques" defaultChecked={blockedOnly} className="h-5 w-5" />
          Bloqués seulement
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Filtrer
        </button>
      </form>
      {company ? (
        <p className="text-sm">
          Personnes de l&apos;entreprise{" "}
          <Link href={`/admin/entreprises/${company.id}`} className={link}>
            {company.name}
          </Link>{" "}
          ·{" "}
          <Link href="/admin/utilisateurs" className="underline">
            Toutes les entreprises
          </Link>
        </p>
      ) : null}
      <p role="status" className="text-sm text-slate-700">
        {rows.length === 0
          ? "Aucune personne ne correspond."
          : `${rows.length}${next ? " premières" : ""} personne${rows.length > 1 ? "s" : ""}${after ? " (suite)" : ""}${blockedOnly ? ", bloquées" : ""}, par nom.`}
      </p>
      <Table headers={["Nom", "Identifiant", "Entreprise", "Profil", "État"]} empty={rows.length === 0 ? "Aucune personne." : null}>
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>
              <Link href={`/admin/utilisateurs/${r.id}`} className={link}>
                {r.lastName.toUpperCase()} {r.firstName}
              </Link>
            </Cell>
            <Cell className="break-all">{r.email ?? (r.uniqueId ? `ID unique ${r.uniqueId}` : "-")}</Cell>
            <Cell>
              <Link href={`/admin/entreprises/${r.companyId}`} className="underline">
                {r.companyName}
              </Link>
            </Cell>
            <Cell>{r.profileName ?? "-"}</Cell>
            <Cell>{r.deletedAt ? "Supprimé" : r.blockedAt ? `Bloqué depuis le ${formatDate(r.blockedAt)}` : "Actif"}</Cell>
          </Row>
        ))}
      </Table>
      <nav aria-label="Pages" className="flex flex-wrap gap-3">
        {after ? (
          <Link href={query({})} className={buttonClass("ghost")}>
            Revenir au début
          </Link>
        ) : null}
        {next ? (
          <Link href={query({ apres: next })} className={buttonClass("secondary")}>
            Personnes suivantes
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
