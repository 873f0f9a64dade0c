import type { GateAnswer } from "@/lib/passports/verify-passport";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDate } from "@/lib/format";
import { VERDICT_TONES, VerdictIcon } from "@/components/control/verdict";

// F2/F3: what the gate needs, nothing more. Issue 18, item 5: the verdict (colour, icon and
// word), the holder's photo and name come first and fit a 390 × 844 phone screen with the
// check form. The photo comes from the database (item 2), never from the QR code; without
// one, the holder's initials say so. Issue 18, item 3: offline, the answer comes from the QR
// code's signature and the phone's list of revoked passports, and says so under the verdict
// ("offline" gives the list's age); there is no photo then.
export function GateAnswerCard({ answer, offline }: { answer: GateAnswer; offline?: { listAge: string } }) {
  const initials = answer.holder ? `${answer.holder.firstName.slice(0, 1)}${answer.holder.lastName.slice(0, 1)}`.toUpperCase() : "";
  return (
    <section aria-live="polite" aria-label="Résultat du contrôle" className="overflow-hidden rounded-lg bg-white shadow">
      <p className={`flex items-center justify-center gap-3 p-3 text-3xl font-black uppercase ${VERDICT_TONES[answer.result]}`}>
        <VerdictIcon result={answer.result} className="size-9" />
        {CHECK_LABELS[answer.result]}
      </p>
      {offline ? (
        <p className="flex flex-wrap items-center gap-x-2 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-slate-800">
          <span className="rounded bg-navy px-2 py-0.5 text-xs font-black uppercase tracking-wide text-white">Hors ligne</span>
          <span>
            D&apos;après la signature du QR code et la liste des passeports révoqués à jour {offline.listAge}. Enregistré sur ce téléphone,
            envoyé au retour du réseau.
          </span>
        </p>
      ) : null}
      {answer.holder ? (
        <div className="grid grid-cols-[5.5rem_1fr] gap-4 p-4">
          {answer.photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing for next/image to optimise
            <img
              src={answer.photo}
              alt={`Photo de ${answer.holder.firstName} ${answer.holder.lastName}`}
              className="aspect-[4/5] w-full rounded-md object-cover"
            />
          ) : (
            <div
              role="img"
              aria-label={offline ? "Photo du titulaire indisponible hors ligne" : "Pas de photo du titulaire"}
              className="grid aspect-[4/5] place-items-center rounded-md bg-slate-200 text-2xl font-black text-slate-500"
            >
              {initials}
            </div>
          )}
          <div className="min-w-0">
            <p className="text-xl font-black leading-tight break-words">
              {answer.holder.lastName.toUpperCase()} {answer.holder.firstName}
            </p>
            <dl className="mt-2 grid gap-1 text-sm">
              <div>
                <dt className="inline font-semibold">Entreprise&#8239;: </dt>
                <dd className="inline">{answer.companyName}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Profil&#8239;: </dt>
                <dd className="inline">{answer.profileName}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Expiration&#8239;: </dt>
                <dd className="inline">{answer.expiresAt ? formatDate(answer.expiresAt) : "-"}</dd>
              </div>
            </dl>
          </div>
        </div>
      ) : (
        <p className="p-4">
          {answer.result === "FORGED"
            ? `Ce QR code n'est pas celui d'un passeport\u202f: il a été modifié ou fabriqué. Le contrôle est enregistré${offline ? " sur ce téléphone" : ""}.`
            : "Aucun passeport ne correspond."}
        </p>
      )}
    </section>
  );
}
