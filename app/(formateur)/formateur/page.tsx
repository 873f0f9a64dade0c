import { DashboardCard } from "@/components/dashboard-card";
import { requireSpace } from "@/lib/auth/guards";

export const metadata = { title: "Espace formateur" };

export default async function TrainerDashboardPage() {
  const viewer = await requireSpace("formateur");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">Bienvenue {viewer.person!.firstName} {viewer.person!.lastName}</h1>
      <p className="text-slate-700">
        Tu es désormais connecté(e) sur ton espace Passeport Sécurité UNPG en tant qu&apos;utilisateur et formateur. Tu peux
        sensibiliser d&apos;autres utilisateurs lors de sessions de groupe et imprimer les passeports des participants à tes sessions.
      </p>
      <h2 className="text-lg font-bold">Espace formateur</h2>
      <div className="grid gap-4 md:grid-cols-3">
        <DashboardCard title="Nouvelle sensibilisation" text="Enregistrer des utilisateurs sur une nouvelle session de sensibilisation." href="/formateur/sessions/nouvelle" action="Créer une session" />
        <DashboardCard title="Validation de passeports" text="En fin de sensibilisation, confirmer les passeports des participants ayant validé leur parcours." href="/formateur/validation" action="Valider des passeports" />
        <DashboardCard title="Ré-imprimer des passeports" text="Retrouver un participant de vos sessions pour imprimer ou ré-imprimer son passeport." href="/formateur/impression" action="Imprimer des passeports" />
      </div>
    </div>
  );
}
