// Issue 11, item 7 "TABLEAU DE BORD": today's figures, and what needs an administrator, each
// linking to the page where it is handled.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getAdminOverview } from "@/lib/admin/overview";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Administration" };

function Figures({ items }: { items: { label: string; value: number }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {items.map((s) => (
        <div key={s.label} className="rounded-lg bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{s.label}</dt>
          <dd className="text-3xl font-black">{s.value.toLocaleString("fr-FR")}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AdminDashboardPage() {
  const viewer = await requireSpace("admin");
  const now = new Date();
  const o = await getAdminOverview(viewer, now);
  const waiting = [
    { label: "Habilitations formateurs à examiner", value: o.waiting.accreditationRequests, href: "/admin/habilitations" },
    { label: "Demandes d'adhésion à examiner", value: o.waiting.memberRequests, href: "/admin/entreprises?etat=demandes" },
    { label: "Comptes bloqués", value: o.waiting.blocked, href: "/admin/utilisateurs?etat=bloques" },
    {
      label: "E-mails en échec",
      value: o.waiting.failedEmails,
      more: o.waiting.failedEmailsOverCap,
      href: "/admin/emails?statut=FAILED",
    },
    { label: "Entreprises saisies par un formateur", value: o.waiting.typedCompanies, href: "/admin/entreprises?etat=saisies" },
  ];
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-black">Administration du Passeport Sécurité</h1>

      <section aria-labelledby="a-traiter" className="grid gap-3">
        <h2 id="a-traiter" className="text-lg font-bold">
          À traiter
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {waiting.map((w) => (
            <li key={w.href}>
              <Link
                href={w.href}
                className={`flex min-h-20 items-center justify-between gap-3 rounded-lg border-l-8 bg-white p-4 shadow-sm hover:bg-slate-50 focus-visible:outline-2 ${w.value > 0 ? "border-safety" : "border-slate-200"}`}
              >
                <span className="font-semibold">{w.label}</span>
                <span className="text-3xl font-black whitespace-nowrap">
                  {"more" in w && w.more ? <span className="text-base font-semibold">plus de </span> : null}
                  {w.value.toLocaleString("fr-FR")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="aujourdhui" className="grid gap-3">
        <h2 id="aujourdhui" className="text-lg font-bold">
          Aujourd&apos;hui, {formatDate(now)}
        </h2>
        <Figures
          items={[
            { label: "Passeports délivrés", value: o.today.passports },
            { label: "Nouveaux utilisateurs", value: o.today.people },
            { label: "Sessions de sensibilisation", value: o.today.sessions },
            { label: "Contrôles de passeports", value: o.today.checks },
            { label: "Contrôles suspects (inconnu, falsifié)", value: o.today.suspicious },
            { label: "E-mails envoyés", value: o.today.emails },
          ]}
        />
      </section>

      <section aria-labelledby="en-tout" className="grid gap-3">
        <h2 id="en-tout" className="text-lg font-bold">
          En tout
        </h2>
        <Figures
          items={[
            { label: "Entreprises actives", value: o.totals.companies },
            { label: "Utilisateurs", value: o.totals.people },
            { label: "Passeports valides", value: o.totals.validPassports },
          ]}
        />
      </section>
    </div>
  );
}
