import { requireSpace } from "@/lib/auth/guards";
import { getAdminOverview } from "@/lib/admin/overview";

export const metadata = { title: "Administration" };

export default async function AdminDashboardPage() {
  const viewer = await requireSpace("admin");
  const o = await getAdminOverview(viewer);
  const stats = [
    { label: "Entreprises actives", value: o.companies },
    { label: "Utilisateurs", value: o.people },
    { label: "Passeports valides", value: o.validPassports },
    { label: "Comptes bloqués", value: o.blocked },
    { label: "E-mails en attente", value: o.pendingEmails },
    { label: "Habilitations formateurs à examiner", value: o.accreditationRequests },
  ];
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">Administration du Passeport Sécurité</h1>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{s.label}</dt>
            <dd className="text-3xl font-black">{s.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
