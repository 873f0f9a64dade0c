import Link from "next/link";
import { DashboardCard, WelcomeBanner } from "@/components/dashboard-card";
import { requireSpace } from "@/lib/auth/guards";
import { renewalNotice } from "@/lib/passports/renewal";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Mon espace" };

export default async function LearnerDashboardPage() {
  const viewer = await requireSpace("espace");
  const renewal = await renewalNotice(viewer);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">
        Bienvenue {viewer.person!.firstName} {viewer.person!.lastName}
      </h1>
      <p className="text-slate-700">
        Tu es désormais connecté(e) sur ton espace Passeport Sécurité UNPG. Depuis ce tableau de bord, tu peux dès à présent préparer ta
        prochaine visite sur l&apos;un de nos sites. Ta sécurité sur nos sites est une priorité.
      </p>
      <WelcomeBanner>Félicitations, tu es bien connecté(e) à ton espace utilisateur&#8239;!</WelcomeBanner>
      {renewal ? (
        <section aria-labelledby="renouvellement" className="rounded-lg border-l-4 border-safety bg-amber-50 p-4">
          <h2 id="renouvellement" className="font-bold">
            {renewal.kind === "OPEN"
              ? renewal.daysLeft < 0
                ? `Ton passeport n° ${renewal.number} a expiré le ${formatDate(renewal.expiresAt)}`
                : `Ton passeport n° ${renewal.number} expire aujourd'hui`
              : `Ton passeport n° ${renewal.number} expire le ${formatDate(renewal.expiresAt)} (dans ${renewal.daysLeft} jour${renewal.daysLeft > 1 ? "s" : ""})`}
          </h2>
          <p className="mt-1 text-slate-800">
            {renewal.kind === "OPEN"
              ? "Ton parcours de renouvellement est ouvert\u202f: suis les modules et réponds aux questionnaires pour obtenir ton nouveau passeport."
              : "Ton parcours de renouvellement s'ouvrira le jour de l'échéance, dans «\u202fValider mon parcours\u202f»."}
          </p>
          {renewal.kind === "OPEN" ? (
            <Link
              href="/espace/parcours"
              className="mt-3 inline-block rounded-md bg-navy px-4 py-2 font-bold text-white hover:bg-navy-light"
            >
              Renouveler mon passeport
            </Link>
          ) : null}
        </section>
      ) : null}
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
