// A3: the member companies' requests waiting for an administrator, approved (member number
// assigned) or refused here, on top of the companies list.
import type { Viewer } from "@/lib/auth/viewer";
import { listMemberRequests } from "@/lib/companies/member-requests";
import { REGION_LABELS } from "@/lib/companies/regions";
import { formatDateTime } from "@/lib/format";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { approveMemberRequestAction, rejectMemberRequestAction } from "@/lib/companies/actions";

export async function MemberRequests({ viewer }: { viewer: Viewer }) {
  const { pending } = await listMemberRequests(viewer);
  return (
    <section aria-labelledby="demandes" className="grid gap-3">
      <h2 id="demandes" className="text-lg font-bold">
        Demandes d&apos;adhésion en attente ({pending.length})
      </h2>
      {pending.length === 0 ? <p className="text-slate-700">Aucune demande en attente.</p> : null}
      {pending.map((c) => (
        <article key={c.id} aria-label={c.name} className="grid gap-2 rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-bold">{c.name}</h3>
          <dl className="grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{c.siret ? "SIRET" : "TVA"}</dt>
            <dd className="font-mono">{c.siret ?? c.vatNumber}</dd>
            <dt className="font-semibold">Régions</dt>
            <dd>{c.regions.map((r) => REGION_LABELS[r]).join(", ")}</dd>
            <dt className="font-semibold">Référent</dt>
            <dd className="break-words">
              {c.referentFirstName} {c.referentLastName.toUpperCase()} — {c.referentEmail}
            </dd>
            <dt className="font-semibold">Demande du</dt>
            <dd>{formatDateTime(c.createdAt)}</dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            <ConfirmButton
              id={`approuver-${c.id}`}
              trigger="Approuver"
              triggerClassName="min-h-11 rounded-md bg-safety px-4 font-bold text-navy"
              title={`Approuver ${c.name}\u202f?`}
              onConfirm={approveMemberRequestAction.bind(null, { companyId: c.id })}
            >
              <p className="mt-2">Un n° adhérent lui sera attribué et envoyé au référent&#8239;; l&apos;entreprise pourra se connecter.</p>
            </ConfirmButton>
            <ConfirmButton
              id={`refuser-${c.id}`}
              trigger="Refuser"
              triggerClassName="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
              confirmClassName="bg-red-700 text-white"
              title={`Refuser la demande de ${c.name}\u202f?`}
              onConfirm={rejectMemberRequestAction.bind(null, { companyId: c.id })}
            >
              <p className="mt-2">Le référent en est informé par e-mail&#8239;; le SIRET et l&apos;adresse e-mail sont libérés.</p>
            </ConfirmButton>
          </div>
        </article>
      ))}
    </section>
  );
}
