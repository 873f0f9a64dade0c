import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listApiKeys } from "@/lib/api/api-keys";
import { listOwnSites } from "@/lib/sites/sites";
import { formatDate, formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { ApiKeyForm } from "@/components/api/api-key-form";
import { RevokeApiKeyButton } from "@/components/api/revoke-api-key-button";

export const metadata = { title: "API contrôle d'accès" };

// Issue 18, item 6: the member company's keys to the access-control API.
export default async function ApiKeysPage() {
  const viewer = await requireSpace("adherent");
  const [keys, sites] = await Promise.all([listApiKeys(viewer), listOwnSites(viewer)]);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">API CONTRÔLE D&apos;ACCÈS</h1>
      <p className="max-w-prose text-slate-700">
        Vos tourniquets et logiciels de poste de garde peuvent contrôler un passeport par son numéro ou par son QR code. Chaque appel est
        enregistré comme un contrôle de votre entreprise (au site de la clé) et apparaît dans «&#8239;Contrôles sur mes sites&#8239;». Mode
        d&apos;emploi pour votre prestataire&#8239;:{" "}
        <Link href="/documentation-api" className="font-semibold text-navy underline">
          documentation de l&apos;API
        </Link>
        .
      </p>
      <section aria-labelledby="nouvelle-cle" className="grid gap-2">
        <h2 id="nouvelle-cle" className="text-lg font-bold">
          Créer une clé
        </h2>
        <ApiKeyForm sites={sites} />
      </section>
      <Table
        headers={["Nom", "Clé", "Site", "Créée le", "Dernier appel", "État", "Action"]}
        minWidth="sm:min-w-[760px]"
        empty={keys.length === 0 ? "Aucune clé." : undefined}
      >
        {keys.map((k) => (
          <Row key={k.id}>
            <Cell className="font-semibold">{k.name}</Cell>
            <Cell className="font-mono">{k.prefix}…</Cell>
            <Cell>{k.site?.name ?? "—"}</Cell>
            <Cell>{formatDate(k.createdAt)}</Cell>
            <Cell>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "jamais"}</Cell>
            <Cell>{k.revokedAt ? `Révoquée le ${formatDate(k.revokedAt)}` : "Active"}</Cell>
            <Cell>{k.revokedAt ? null : <RevokeApiKeyButton keyId={k.id} name={k.name} />}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
