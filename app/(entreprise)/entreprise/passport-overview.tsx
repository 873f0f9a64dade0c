// G1: the passports of the company's people at a glance, and its trainers and controllers, on
// the dashboard of both company spaces (/entreprise and /adherent).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { EXPIRY_WARNING_DAYS, getPassportOverview } from "@/lib/companies/passport-overview";

export async function PassportOverview({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const o = await getPassportOverview(viewer);
  const tiles = [
    { label: "Passeport valide", value: o.valid, tone: "border-green-700" },
    { label: `Expire dans les ${EXPIRY_WARNING_DAYS} jours`, value: o.expiringSoon, tone: "border-safety" },
    { label: "Passeport expiré", value: o.expired, tone: "border-red-700" },
    { label: "Sans passeport", value: o.never, tone: "border-slate-400" },
  ];
  return (
    <section aria-labelledby="apercu" className="grid gap-3">
      <h2 id="apercu" className="text-lg font-bold">
        Passeports de vos {o.total} salarié{o.total > 1 ? "s" : ""}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.label} className={`rounded-lg border-l-4 bg-white p-4 shadow-sm ${t.tone}`}>
            <dt className="text-sm text-slate-700">{t.label}</dt>
            <dd className="text-3xl font-black">{t.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm">
        <Link href={`/${space}/salaries?tri=expiration&ordre=asc`} className="font-bold underline">
          Voir les salariés par date d&apos;expiration
        </Link>
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-bold">Formateurs désignés</h3>
          <p className="text-sm text-slate-700">
            {o.trainers.length ? o.trainers.join(", ") : "Aucun\u202f: désignez-en depuis la fiche d'un salarié («\u202fModifier\u202f»)."}
          </p>
        </div>
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-bold">Contrôleurs désignés</h3>
          <p className="text-sm text-slate-700">
            {o.controllers.length
              ? o.controllers.join(", ")
              : "Aucun\u202f: désignez-en depuis la fiche d'un salarié («\u202fModifier\u202f»)."}
          </p>
        </div>
      </div>
    </section>
  );
}
