// Issue 11, item 1: a session found by the global search, read only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getSessionForAdmin } from "@/lib/sessions/admin-session";
import { formatDate, formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";

export const metadata = { title: "Sensibilisation" };

const STATUS = { CREATED: "Créée", STARTED: "En cours", CLOSED: "Clôturée" } as const;
const DECISION = { PENDING: "En attente", PASSED: "Passeport obtenu", MUST_RETAKE: "À refaire" } as const;
const link = "font-semibold text-navy underline";

export default async function AdminSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("admin");
  const s = await getSessionForAdmin(viewer, (await params).id);
  if (!s) notFound();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">{s.label}</h1>
      <dl className="grid gap-x-4 gap-y-1 rounded-lg bg-white p-4 text-sm shadow-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Formateur</dt>
        <dd>
          <Link href={`/admin/utilisateurs/${s.trainer.id}`} className={link}>
            {s.trainer.firstName} {s.trainer.lastName.toUpperCase()}
          </Link>{" "}
          ({s.trainer.company.name})
        </dd>
        <dt className="font-semibold">Date</dt>
        <dd>{formatDate(s.heldOn)}</dd>
        <dt className="font-semibold">Profil</dt>
        <dd>{s.profile.name}</dd>
        <dt className="font-semibold">État</dt>
        <dd>
          {STATUS[s.status]}
          {s.playbackCompletedAt ? `, diffusion terminée le ${formatDateTime(s.playbackCompletedAt)}` : ""}
          {s.paperOnlyAt ? `, tenue sur papier (déclarée le ${formatDateTime(s.paperOnlyAt)})` : ""}
        </dd>
        <dt className="font-semibold">Participants prévus</dt>
        <dd>{s.participantCount}</dd>
      </dl>
      <h2 className="text-lg font-bold">Participants et décisions</h2>
      <Table
        headers={["N°", "Participant", "Entreprise", "Décision", "Passeport"]}
        empty={s.participants.length === 0 ? "Aucun participant." : null}
      >
        {s.participants.map((p) => (
          <Row key={p.id}>
            <Cell>{p.position}</Cell>
            <Cell>
              <Link href={`/admin/utilisateurs/${p.person.id}`} className={link}>
                {p.person.firstName} {p.person.lastName.toUpperCase()}
              </Link>
            </Cell>
            <Cell>
              <Link href={`/admin/entreprises/${p.company.id}`} className="underline">
                {p.company.name}
              </Link>
            </Cell>
            <Cell>
              {DECISION[p.decision]}
              {p.decidedAt ? ` (${formatDate(p.decidedAt)})` : ""}
            </Cell>
            <Cell>{p.passport ? `${p.passport.number}${p.passport.status === "REVOKED" ? " (révoqué)" : ""}` : "-"}</Cell>
          </Row>
        ))}
      </Table>
      <p className="text-sm">
        <Link href={`/admin/journal?cible=${s.id}`} className={link}>
          Entrées du journal d&apos;audit sur cette sensibilisation
        </Link>
      </p>
    </div>
  );
}
