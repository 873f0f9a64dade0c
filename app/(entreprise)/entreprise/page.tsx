import { DashboardCard, WelcomeBanner } from "@/components/dashboard-card";
import { requireSpace } from "@/lib/auth/guards";
import { PassportOverview } from "./passport-overview";

export const metadata = { title: "Tableau de bord entreprise" };

export default async function CompanyDashboardPage() {
  await requireSpace("entreprise");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">Espace Entreprise Sous-traitante</h1>
      <p className="text-slate-700">
        Vous êtes désormais connecté(e) sur votre espace Entreprise Sous-traitante. Depuis ce tableau de bord, vous pourrez consulter et
        modifier les informations sur votre entreprise. Vous pourrez aussi suivre et administrer les comptes de vos salariés inscrits.
      </p>
      <WelcomeBanner>Félicitations, vous êtes bien connecté(e) à votre espace entreprise&#8239;!</WelcomeBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <DashboardCard
          title="Les informations de l'entreprise"
          text="Consulter, modifier vos informations."
          href="/entreprise/informations"
          action="Voir les informations de l'entreprise"
        />
        <DashboardCard
          title="Liste des salariés inscrits"
          text="Inscrire de nouveaux salariés, suivre les passeports sécurité de vos salariés déjà inscrits, débloquer un compte etc."
          href="/entreprise/salaries"
          action="Liste des salariés inscrits de l'entreprise"
        />
      </div>
      <PassportOverview space="entreprise" />
    </div>
  );
}
