import type { GateAnswer } from "@/lib/passports/verify-passport";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDate } from "@/lib/format";

const TONES = {
  VALID: "bg-green-700 text-white",
  EXPIRED: "bg-amber-500 text-navy",
  REVOKED: "bg-red-700 text-white",
  UNKNOWN: "bg-slate-600 text-white",
  FORGED: "bg-red-900 text-white",
};

// F2/F3: what the gate needs, nothing more.
export function GateAnswerCard({ answer }: { answer: GateAnswer }) {
  return (
    <section aria-live="polite" className="overflow-hidden rounded-lg bg-white shadow">
      <p className={`p-4 text-center text-3xl font-black uppercase ${TONES[answer.result]}`}>{CHECK_LABELS[answer.result]}</p>
      {answer.holder ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 p-4">
          <dt className="font-semibold">Nom</dt>
          <dd>
            {answer.holder.lastName.toUpperCase()} {answer.holder.firstName}
          </dd>
          <dt className="font-semibold">Entreprise</dt>
          <dd>{answer.companyName}</dd>
          <dt className="font-semibold">Profil</dt>
          <dd>{answer.profileName}</dd>
          <dt className="font-semibold">Expiration</dt>
          <dd>{answer.expiresAt ? formatDate(answer.expiresAt) : "-"}</dd>
        </dl>
      ) : (
        <p className="p-4">
          {answer.result === "FORGED"
            ? "Ce QR code n'est pas celui d'un passeport : il a été modifié ou fabriqué. Le contrôle est enregistré."
            : "Aucun passeport ne correspond."}
        </p>
      )}
    </section>
  );
}
