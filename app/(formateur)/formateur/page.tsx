import { DashboardCard } from "@/components/dashboard-card";
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listTrainerSessions } from "@/lib/sessions/trainer-session";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Espace formateur" };

export default async function TrainerDashboardPage() {
  const viewer = await requireSpace("formateur");
  const sessions = await listTrainerSessions(viewer);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">
        Bienvenue {viewer.person!.firstName} {viewer.person!.lastName}
      </h1>
      <p className="text-slate-700">
        Tu es désormais connecté(e) sur ton espace Passeport Sécurité UNPG en tant qu&apos;utilisateur et formateur. Tu peux sensibiliser
        d&apos;autres utilisateurs lors de sessions de groupe et imprimer les passeports des participants à tes sessions.
      </p>
      <h2 className="text-lg font-bold">Espace formateur</h2>
      <div className="grid gap-4 md:grid-cols-3">
        <DashboardCard
          title="Nouvelle sensibilisation"
          text="Enregistrer des utilisateurs sur une nouvelle session de sensibilisation."
          href="/formateur/sessions/nouvelle"
          action="Créer une session"
        />
        <DashboardCard
          title="Validation de passeports"
          text="En fin de sensibilisation, confirmer les passeports des participants ayant validé leur parcours."
          href="/formateur/validation"
          action="Valider des passeports"
        />
        <DashboardCard
          title="Ré-imprimer des passeports"
          text="Retrouver un participant de tes sessions pour imprimer ou ré-imprimer son passeport."
          href="/formateur/impression"
          action="Imprimer des passeports"
        />
      </div>
      <section aria-labelledby="mes-sessions" className="grid gap-2">
        <h2 id="mes-sessions" className="text-lg font-bold">
          Mes dernières sessions
        </h2>
        {sessions.length === 0 ? (
          <p className="text-slate-700">Aucune session pour l&apos;instant.</p>
        ) : (
          <ul className="grid gap-2">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-3 shadow-sm">
                <Link href={`/formateur/sessions/${s.id}`} className="font-bold underline">
                  {s.label}
                </Link>
                <span className="text-sm text-slate-700">
                  {formatDate(s.heldOn)} · {s.participantCount} participant(s) ·{" "}
                  {s.pending ? `${s.pending} passeport(s) à valider` : "tous validés"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
