import { DashboardCard, WelcomeBanner } from "@/components/dashboard-card";
import { requireSpace } from "@/lib/auth/guards";

export const metadata = { title: "Mon espace" };

export default async function LearnerDashboardPage() {
  const viewer = await requireSpace("espace");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">
        Bienvenue {viewer.person!.firstName} {viewer.person!.lastName}
      </h1>
      <p className="text-slate-700">
        Tu es désormais connecté(e) sur ton espace Passeport Sécurité UNPG. Depuis ce tableau de bord, tu peux dès à présent préparer ta
        prochaine visite sur l&apos;un de nos sites. Ta sécurité sur nos sites est une priorité.
      </p>
      <WelcomeBanner>Félicitations, vous êtes bien connecté(e) à votre espace collaborateur !</WelcomeBanner>
      <h2 className="text-lg font-bold">Espace collaborateur</h2>
      <div className="grid gap-4 md:grid-cols-3">
        <DashboardCard
          title="Mon profil utilisateur"
          text="Consulter, modifier mes informations."
          href="/espace/mes-informations"
          action="Voir mon profil"
        />
        <DashboardCard
          title="Valider mon parcours"
          text="Démarrer, poursuivre ou finaliser ma sensibilisation en cours."
          href="/espace/parcours"
          action="Valider mon parcours"
        />
        <DashboardCard
          title="Mes passeports sécurité"
          text="Consulter et imprimer mes passeports sécurité déjà validés."
          href="/espace/passeports"
          action="Voir mes passeports"
        />
      </div>
    </div>
  );
}
