import { requireSpace } from "@/lib/auth/guards";
import { listOwnPassports } from "@/lib/passports/list-own-passports";
import { passportState } from "@/lib/passports/passport-status";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Mes passeports sécurité" };

export default async function MyPassportsPage() {
  const viewer = await requireSpace("espace");
  const passports = await listOwnPassports(viewer);
  const now = new Date();
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        Mes passeports sécurité
      </h1>
      {passports.length === 0 ? (
        <p className="rounded-lg bg-white p-5 shadow-sm">Tu n&apos;as pas encore de passeport. Valide ton parcours pour l&apos;obtenir.</p>
      ) : (
        <ul className="grid gap-4">
          {passports.map((p) => (
            <li key={p.id} className="rounded-lg bg-white p-5 shadow-sm">
              <p className="font-mono text-xl font-bold">{p.number}</p>
              <p>
                {p.profile.name} — {p.company.name}
              </p>
              <p className="text-sm text-slate-700">
                Obtenu le {formatDate(p.issuedAt)} · expire le {formatDate(p.expiresAt)} ·{" "}
                <strong>{CHECK_LABELS[passportState(p, now)]}</strong>
              </p>
              <a
                href={`/api/passeports/${p.id}/pdf`}
                className="mt-3 inline-block rounded-md bg-safety px-4 py-2 font-bold text-navy"
                download
              >
                Imprimer le passeport (PDF)
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
