import { requireSpace } from "@/lib/auth/guards";
import { listOwnSites } from "@/lib/sites/sites";
import { Cell, Row, Table } from "@/components/ui/table";
import { SiteForm } from "@/components/sites/site-form";
import { ArchiveSiteButton } from "@/components/sites/archive-site-button";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Mes sites" };

// Issue 18, item 4: the member company's quarry sites, chosen by its controllers at the gate.
export default async function SitesPage() {
  const viewer = await requireSpace("adherent");
  const sites = await listOwnSites(viewer);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">MES SITES</h1>
      <p className="max-w-prose text-slate-700">
        Déclarez vos carrières et installations. Vos contrôleurs choisissent leur site une fois sur leur téléphone&#8239;: chaque contrôle
        enregistre le site où il a été fait, et vous le retrouvez dans «&#8239;Contrôles sur mes sites&#8239;».
      </p>
      <section aria-labelledby="nouveau-site" className="grid gap-2">
        <h2 id="nouveau-site" className="text-lg font-bold">
          Déclarer un site
        </h2>
        <SiteForm />
      </section>
      <Table
        headers={["Site", "Commune", "Déclaré le", "Action"]}
        minWidth="sm:min-w-[520px]"
        empty={sites.length === 0 ? "Aucun site déclaré." : undefined}
      >
        {sites.map((s) => (
          <Row key={s.id}>
            <Cell className="font-semibold">{s.name}</Cell>
            <Cell>{s.commune}</Cell>
            <Cell>{formatDate(s.createdAt)}</Cell>
            <Cell>
              <ArchiveSiteButton siteId={s.id} name={s.name} />
            </Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
