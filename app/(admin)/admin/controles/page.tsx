// Issue 17, item 11: "CONTRÔLES SUSPECTS" — forged QR codes and unknown numbers, newest first.
import { requireSpace } from "@/lib/auth/guards";
import { listSuspiciousChecks } from "@/lib/passports/suspicious-checks";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";

export const metadata = { title: "Contrôles suspects" };

const CHANNEL = { CONTROL: "Contrôle (contrôleur)", PUBLIC_LINK: "Lien public (QR code)", API: "API (contrôle d'accès)" } as const;

export default async function SuspiciousChecksPage() {
  const viewer = await requireSpace("admin");
  const { rows, forgedThisWeek, unknownThisWeek } = await listSuspiciousChecks(viewer);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">CONTRÔLES SUSPECTS</h1>
      <p className="max-w-3xl text-slate-700">
        Chaque QR code falsifié ou modifié et chaque numéro inconnu présenté au contrôle ou sur la page publique de vérification est
        enregistré, avec l&apos;adresse d&apos;où il venait. Sur les 7 derniers jours&#8239;: <strong>{forgedThisWeek}</strong> falsifié(s),{" "}
        <strong>{unknownThisWeek}</strong> inconnu(s).
      </p>
      <Table
        minWidth="sm:min-w-[760px]"
        headers={["Date", "Résultat", "Canal", "Valeur présentée", "Adresse", "Contrôleur"]}
        empty={rows.length === 0 ? "Aucun contrôle suspect." : null}
      >
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>{formatDateTime(r.checkedAt)}</Cell>
            <Cell className="font-semibold">{CHECK_LABELS[r.result]}</Cell>
            <Cell>{CHANNEL[r.channel]}</Cell>
            <Cell className="break-all font-mono text-xs">{r.queriedNumber || "-"}</Cell>
            <Cell className="font-mono text-xs">{r.address ?? "-"}</Cell>
            <Cell>
              {r.checkedBy ? `${r.checkedBy.firstName} ${r.checkedBy.lastName.toUpperCase()} (${r.checkedBy.company.name})` : "-"}
            </Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
