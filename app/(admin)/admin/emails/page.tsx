import { requireSpace } from "@/lib/auth/guards";
import { listOutbox } from "@/lib/mail/list-outbox";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "E-mails envoyés" };

const STATUS = { PENDING: "En attente", SENT: "Envoyé", FAILED: "Échec" };

export default async function OutboxPage() {
  const viewer = await requireSpace("admin");
  const { emails, linksMasked } = await listOutbox(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        E-mails envoyés
      </h1>
      <p className="text-slate-700">
        {linksMasked
          ? "Les messages sont remis par Resend ; les échecs sont retentés automatiquement. Les liens à usage unique (mot de passe, invitation) sont masqués ici, et effacés de la copie conservée dès l'envoi."
          : "Démarrage rapide sans RESEND_API_KEY : les messages ne sont pas remis, cette file est leur seule copie et leurs liens à usage unique y restent lisibles. En production, définissez RESEND_API_KEY : les liens sont alors masqués."}
      </p>
      <ul className="grid gap-3">
        {emails.map((e) => (
          <li key={e.id} className="rounded-lg bg-white p-4 shadow-sm">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{e.subject}</span> — {e.to} — {formatDateTime(e.createdAt)} —{" "}
                <strong>{STATUS[e.status]}</strong>
                {e.attempts > 0 ? ` (${e.attempts} tentative${e.attempts > 1 ? "s" : ""})` : ""}
              </summary>
              {e.lastError ? <p className="mt-2 text-sm text-red-800">Dernière erreur : {e.lastError}</p> : null}
              <pre className="mt-2 whitespace-pre-wrap break-words text-sm">{e.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
