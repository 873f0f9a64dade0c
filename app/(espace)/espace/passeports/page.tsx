import { requireSpace } from "@/lib/auth/guards";
import { listOwnPassports } from "@/lib/passports/list-own-passports";
import { passportState } from "@/lib/passports/passport-status";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDate } from "@/lib/format";
import { listOwnPassportChecks } from "@/lib/sites/site-checks";
import { VerdictBadge } from "@/components/control/verdict";
import { listOwnPassportCards } from "@/lib/passports/passport-cards";
import { PassportCard } from "@/components/passport-card";
import { KeepOffline } from "@/components/offline/keep-offline";

const paris = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });
const WHERE = {
  CONTROL: "Contrôle à l'entrée",
  PUBLIC_LINK: "QR code scanné (vérification en ligne)",
  API: "Contrôle d'accès automatique",
} as const;

export const metadata = { title: "Mes passeports sécurité" };

export default async function MyPassportsPage() {
  const viewer = await requireSpace("espace");
  const [passports, cards, checks] = await Promise.all([
    listOwnPassports(viewer),
    listOwnPassportCards(viewer),
    listOwnPassportChecks(viewer),
  ]);
  const now = new Date();
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        Mes passeports sécurité
      </h1>
      {/* issue 18, item 1: each valid passport as a card for the phone, kept for offline use */}
      {cards.length > 0 ? (
        <div className="grid gap-4">
          {cards.map((card) => (
            <PassportCard key={card.id} card={card} />
          ))}
          <KeepOffline
            label="Ton passeport est enregistré sur ce téléphone&#8239;: il s'affiche même sans réseau."
            offlineLabel="Sans réseau&#8239;: ton passeport s'affiche depuis ce téléphone. Le QR code se vérifie quand même."
          />
        </div>
      ) : null}
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
              <p className="mt-3 flex flex-wrap gap-3">
                <a
                  href={`/api/passeports/${p.id}/pdf`}
                  className="inline-block rounded-md bg-safety px-4 py-2 font-bold text-navy"
                  download
                >
                  Imprimer le passeport (PDF)
                </a>
                <a
                  href={`/api/passeports/${p.id}/attestation`}
                  className="inline-block rounded-md border-2 border-navy px-4 py-1.5 font-bold text-navy"
                  download
                >
                  Attestation de formation (PDF)
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      {passports.length > 0 ? (
        <section aria-labelledby="controles" className="grid gap-2">
          <h2 id="controles" className="text-lg font-bold">
            Où et quand ton passeport a été contrôlé
          </h2>
          {checks.length === 0 ? (
            <p className="rounded-lg bg-white p-4 shadow-sm">Ton passeport n&apos;a pas encore été contrôlé.</p>
          ) : (
            <ol className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
              {checks.map((c) => (
                <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 p-3">
                  <div className="min-w-0">
                    <p className="font-semibold">
                      {paris.format(c.checkedAt)} · {c.site ? `${c.site.name} (${c.site.commune})` : WHERE[c.channel]}
                    </p>
                    <p className="text-sm text-slate-700">
                      {c.site || c.company ? `${WHERE[c.channel]}${c.company ? ` · ${c.company.name}` : ""}` : null}
                    </p>
                  </div>
                  <VerdictBadge result={c.result} />
                </li>
              ))}
            </ol>
          )}
          <p className="text-xs text-slate-600">Les 20 derniers contrôles de tes passeports.</p>
        </section>
      ) : null}
    </section>
  );
}
