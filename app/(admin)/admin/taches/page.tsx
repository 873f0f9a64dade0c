// Issue 13: the job runner seen by administrators (jobs waiting, retried or failed, with their
// last error; a failed one can start again) and the thresholds of the expiry reminders.
import { requireSpace } from "@/lib/auth/guards";
import { JOB_STATE_LABELS, TASK_LABELS, listJobs } from "@/lib/jobs/list-jobs";
import { getReminderSettings } from "@/lib/reminders/reminder-settings";
import { retryJobAction } from "@/lib/jobs/actions";
import { formatDateTime } from "@/lib/format";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ThresholdsForm } from "./thresholds-form";

export const metadata = { title: "Tâches planifiées" };

export default async function JobsPage() {
  const viewer = await requireSpace("admin");
  const [{ installed, jobs }, settings] = await Promise.all([listJobs(viewer), getReminderSettings(viewer)]);
  const failed = jobs.filter((j) => j.state === "FAILED").length;
  return (
    <section aria-labelledby="titre" className="grid gap-6">
      <h1 id="titre" className="text-2xl font-black">
        Tâches planifiées
      </h1>
      <p className="text-slate-700">
        Chaque instance de la plateforme exécute les tâches&#8239;: l&apos;envoi des e-mails (dès qu&apos;un message est écrit, puis chaque
        minute pour les nouveaux essais) et, chaque jour à partir de 8 h (heure de Paris), les rappels d&apos;expiration des passeports et,
        chaque semaine à partir du lundi 8 h, le récapitulatif des référents. Une tâche en erreur est retentée avec un délai
        croissant&#8239;; après le dernier essai, elle reste ci-dessous «&#8239;en échec&#8239;».
      </p>

      <section aria-labelledby="file" className="grid gap-3">
        <h2 id="file" className="text-lg font-bold">
          File des tâches {failed ? <span className="text-red-800">({failed} en échec)</span> : null}
        </h2>
        {!installed ? <p>La file de tâches n&apos;a pas encore démarré sur cette base.</p> : null}
        {installed && jobs.length === 0 ? (
          <p className="rounded-lg bg-white p-4 shadow-sm">Aucune tâche en attente ni en échec&#8239;: tout a été exécuté.</p>
        ) : null}
        <ul className="grid gap-3">
          {jobs.map((j) => (
            <li key={j.id} className="grid gap-1 rounded-lg bg-white p-4 shadow-sm">
              <p>
                <span className="font-semibold">{TASK_LABELS[j.task] ?? j.task}</span> —{" "}
                <strong className={j.state === "FAILED" ? "text-red-800" : undefined}>{JOB_STATE_LABELS[j.state]}</strong> — essais&#8239;:{" "}
                {j.attempts}/{j.maxAttempts}
              </p>
              <p className="text-sm text-slate-700">
                Créée le {formatDateTime(j.createdAt)}
                {j.state === "FAILED" ? null : ` — prévue le ${formatDateTime(j.runAt)}`}
              </p>
              {j.lastError ? <p className="break-words text-sm text-red-800">Dernière erreur&#8239;: {j.lastError}</p> : null}
              {j.state === "FAILED" ? (
                <ConfirmButton
                  id={`relancer-${j.id}`}
                  trigger="Relancer"
                  triggerClassName="min-h-11 justify-self-start rounded-md border-2 border-navy px-4 font-bold"
                  title={`Relancer la tâche «\u202f${TASK_LABELS[j.task] ?? j.task}\u202f»\u202f?`}
                  onConfirm={retryJobAction.bind(null, { jobId: j.id })}
                >
                  <p className="mt-2">Elle repart maintenant, avec un nouveau compte d&apos;essais.</p>
                </ConfirmButton>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="seuils" className="grid gap-3">
        <h2 id="seuils" className="text-lg font-bold">
          Rappels d&apos;expiration des passeports
        </h2>
        <p className="text-slate-700">
          Le titulaire est prévenu (e-mail et notification, selon ses choix) à chacun de ces nombres de jours avant l&apos;expiration de son
          passeport, une seule fois par seuil. Le référent de l&apos;entreprise reçoit chaque semaine un récapitulatif des passeports qui
          expirent dans les 90 jours.
        </p>
        <ThresholdsForm defaults={settings.thresholdDays} />
      </section>
    </section>
  );
}
