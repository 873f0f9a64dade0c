import { DashboardCard, WelcomeBanner } from "@/components/dashboard-card";
import { requireSpace } from "@/lib/auth/guards";
import { PassportOverview } from "@/app/(entreprise)/entreprise/passport-overview";

export const metadata = { title: "Tableau de bord adhérent" };

export default async function MemberDashboardPage() {
  await requireSpace("adherent");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">Espace Entreprise adhérente</h1>
      <WelcomeBanner>Félicitations, vous êtes bien connecté(e) à votre espace entreprise&#8239;!</WelcomeBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <DashboardCard
          title="Les informations de l'entreprise"
          text="Consulter et modifier les informations de votre entreprise adhérente."
          href="/adherent/informations"
          action="Voir les informations de l'entreprise"
        />
        <DashboardCard
          title="Liste des salariés inscrits"
          text="Inscrire vos salariés, désigner vos formateurs et contrôleurs, suivre leurs passeports."
          href="/adherent/salaries"
          action="Liste des salariés inscrits de l'entreprise"
        />
      </div>
      <PassportOverview space="adherent" />
    </div>
  );
}
