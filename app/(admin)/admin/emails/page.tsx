// H5/I1 and issue 11, item 5 "E-MAILS ENVOYÉS": the outbox newest first, by pages of 50
// (keyset), searchable by recipient and subject, filtered by status; a failed message can be
// sent again.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listOutbox } from "@/lib/mail/list-outbox";
import { cursorOf, outboxQuerySchema } from "@/lib/mail/outbox-query.schema";
import { resendEmailAction } from "@/lib/mail/actions";
import { formatDateTime } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";

export const metadata = { title: "E-mails envoyés" };

const STATUS = { PENDING: "En attente", SENT: "Envoyé", FAILED: "Échec" };
const control = "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireSpace("admin");
  const query = outboxQuerySchema.parse(await searchParams);
  const { emails, linksMasked, last } = await listOutbox(viewer, query);
  const keep = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.statut ? { statut: query.statut } : {}) });
  const olderHref = last ? `/admin/emails?${new URLSearchParams([...keep, ["avant", cursorOf(last)]])}` : null;
  const newestHref = keep.size ? `/admin/emails?${keep}` : "/admin/emails";
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        E-mails envoyés
      </h1>
      <p className="text-slate-700">
        {linksMasked
          ? "Les messages sont remis par Resend\u202f; les échecs sont retentés automatiquement. Les liens à usage unique (mot de passe, invitation) sont masqués ici, et effacés de la copie conservée dès l'envoi."
          : "Démarrage rapide sans RESEND_API_KEY\u202f: les messages ne sont pas remis, cette file est leur seule copie et leurs liens à usage unique y restent lisibles. En production, définissez RESEND_API_KEY\u202f: les liens sont alors masqués."}
      </p>
      <form
        method="get"
        role="search"
        aria-label="Rechercher un e-mail"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="emails-q" className="text-sm font-semibold">
            Destinataire ou objet
          </label>
          <input id="emails-q" name="q" type="search" defaultValue={query.q} maxLength={100} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="emails-statut" className="text-sm font-semibold">
            État
          </label>
          <select id="emails-statut" name="statut" defaultValue={query.statut ?? ""} className={control}>
            <option value="">Tous</option>
            {Object.entries(STATUS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Rechercher
        </button>
      </form>
      {query.avant ? (
        <p>
          <Link href={newestHref} className="font-semibold text-navy underline">
            ← Revenir aux plus récents
          </Link>
        </p>
      ) : null}
      {emails.length === 0 ? <p>Aucun message ne correspond.</p> : null}
      <ul className="grid gap-3">
        {emails.map((e) => (
          <li key={e.id} className="grid gap-2 rounded-lg bg-white p-4 shadow-sm">
            <details>
              <summary className="cursor-pointer break-words">
                <span className="font-semibold">{e.subject}</span> — {e.to} — {formatDateTime(e.createdAt)} —{" "}
                <strong className={e.status === "FAILED" ? "text-red-800" : undefined}>{STATUS[e.status]}</strong>
                {e.attempts > 0 ? ` (${e.attempts} tentative${e.attempts > 1 ? "s" : ""})` : ""}
              </summary>
              {e.lastError ? <p className="mt-2 text-sm text-red-800">Dernière erreur&#8239;: {e.lastError}</p> : null}
              <pre className="mt-2 whitespace-pre-wrap break-words text-sm">{e.text}</pre>
            </details>
            {e.status === "FAILED" ? (
              <ConfirmButton
                id={`renvoyer-${e.id}`}
                trigger="Renvoyer"
                triggerClassName="min-h-11 justify-self-start rounded-md border-2 border-navy px-4 font-bold"
                title={`Renvoyer «\u202f${e.subject}\u202f» à ${e.to}\u202f?`}
                onConfirm={resendEmailAction.bind(null, { emailId: e.id })}
              >
                <p className="mt-2">
                  Le message repart tel qu&apos;il a été écrit. S&apos;il contient un lien à usage unique expiré depuis, envoyez plutôt un
                  nouveau lien depuis la fiche de la personne.
                </p>
              </ConfirmButton>
            ) : null}
          </li>
        ))}
      </ul>
      {olderHref ? (
        <nav aria-label="Pages">
          <Link href={olderHref} className="inline-block min-h-11 rounded-md border-2 border-navy px-4 py-2 font-bold">
            Messages plus anciens →
          </Link>
        </nav>
      ) : null}
    </section>
  );
}
