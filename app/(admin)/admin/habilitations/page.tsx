// "Habilitations formateurs": the trainer role takes effect only when an administrator
// approves a company's request, until the end date given here (issue 17).
import { requireSpace } from "@/lib/auth/guards";
import { listAccreditations, MAX_ACCREDITATION_YEARS, requesterLabel, type AccreditationRow } from "@/lib/people/trainer-accreditation";
import { formatDate, formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { ApproveForm, ReasonForm } from "./accreditation-forms";

export const metadata = { title: "Habilitations formateurs" };

const KIND = { MEMBER: "adhérente", SUBCONTRACTOR: "sous-traitante" } as const;
const STATUS = { REQUESTED: "Demandée", APPROVED: "Expirée", REFUSED: "Refusée", WITHDRAWN: "Retirée" } as const;

/** YYYY-MM-DD of a date plus some years, Paris calendar. */
function isoDay(date: Date, plusYears = 0) {
  const d = new Date(date);
  d.setFullYear(d.getFullYear() + plusYears);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(d);
}

const who = (r: AccreditationRow) => `${r.person.firstName} ${r.person.lastName.toUpperCase()}`;

export default async function AccreditationsPage() {
  const viewer = await requireSpace("admin");
  const now = new Date();
  const { pending, current, past } = await listAccreditations(viewer, now);
  const tomorrow = isoDay(new Date(now.getTime() + 86_400_000));
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">HABILITATIONS FORMATEURS</h1>
      <p className="max-w-3xl text-slate-700">
        Une entreprise désigne un formateur depuis la fiche d&apos;un salarié&#8239;; l&apos;espace formateur ne s&apos;ouvre qu&apos;une
        fois la demande approuvée ici, jusqu&apos;à la date de fin choisie. Un refus ou un retrait est motivé et envoyé au demandeur.
      </p>

      <section aria-labelledby="demandes" className="grid gap-3">
        <h2 id="demandes" className="text-lg font-bold">
          Demandes en attente ({pending.length})
        </h2>
        {pending.length === 0 ? <p className="text-slate-700">Aucune demande en attente.</p> : null}
        {pending.map((r) => (
          <article key={r.id} aria-label={who(r)} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
            <h3 className="font-bold">{who(r)}</h3>
            <dl className="grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">Entreprise</dt>
              <dd>
                {r.person.company.name} (entreprise {KIND[r.person.company.kind]})
              </dd>
              <dt className="font-semibold">Demandée par</dt>
              <dd>{requesterLabel(r)}</dd>
              <dt className="font-semibold">Demandée le</dt>
              <dd>{formatDateTime(r.requestedAt)}</dd>
            </dl>
            <div className="grid gap-4 md:grid-cols-2">
              <ApproveForm
                accreditationId={r.id}
                who={who(r)}
                defaultDate={isoDay(now, 3)}
                min={tomorrow}
                max={isoDay(now, MAX_ACCREDITATION_YEARS)}
              />
              <ReasonForm accreditationId={r.id} who={who(r)} kind="refuse" />
            </div>
          </article>
        ))}
      </section>

      <section aria-labelledby="en-vigueur" className="grid gap-3">
        <h2 id="en-vigueur" className="text-lg font-bold">
          Formateurs habilités ({current.length})
        </h2>
        {current.length === 0 ? <p className="text-slate-700">Aucun formateur habilité.</p> : null}
        {current.map((r) => (
          <details key={r.id} className="rounded-lg bg-white p-4 shadow-sm">
            <summary className="cursor-pointer">
              <strong>{who(r)}</strong> — {r.person.company.name} — jusqu&apos;au {formatDate(r.validUntil!)}
            </summary>
            <div className="mt-3 max-w-xl">
              <ReasonForm accreditationId={r.id} who={who(r)} kind="withdraw" />
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="historique" className="grid gap-3">
        <h2 id="historique" className="text-lg font-bold">
          Dernières décisions
        </h2>
        <Table headers={["Personne", "Entreprise", "État", "Le", "Motif"]} empty={past.length === 0 ? "Aucune décision." : null}>
          {past.map((r) => (
            <Row key={r.id}>
              <Cell className="font-semibold">{who(r)}</Cell>
              <Cell>{r.person.company.name}</Cell>
              <Cell>{STATUS[r.status]}</Cell>
              <Cell>{r.status === "APPROVED" ? formatDate(r.validUntil!) : r.decidedAt ? formatDate(r.decidedAt) : "-"}</Cell>
              <Cell>{r.reason ?? "-"}</Cell>
            </Row>
          ))}
        </Table>
      </section>
    </div>
  );
}
