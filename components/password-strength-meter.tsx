"use client";
// The strength of a new password as it is typed, with the reason when it is weak. The
// estimator and its dictionaries (lib/auth/password-strength.ts, about 1 MB) load only when
// the first character is typed, as a separate chunk: pages without a password field never
// fetch them. The server applies the same rule (lib/auth/password-policy.ts).
import { useEffect, useState } from "react";
import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from "@/lib/auth/password-policy";
import type { Register, Strength } from "@/lib/auth/password-strength";

const LABELS = ["très faible", "faible", "moyenne", "bonne", "excellente"] as const;
const COLORS = ["bg-red-700", "bg-red-600", "bg-amber-500", "bg-green-600", "bg-green-700"] as const;

export function PasswordStrengthMeter({
  id,
  password,
  userInputs = [],
  voice = "vous",
}: {
  id: string;
  password: string;
  userInputs?: (string | null | undefined)[];
  /** "tu" in the learner and trainer spaces, "vous" elsewhere */
  voice?: Register;
}) {
  const [strength, setStrength] = useState<Strength | null>(null);
  const inputsKey = userInputs.join("\n");

  useEffect(() => {
    if (!password) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const { estimatePassword } = await import("@/lib/auth/password-strength");
      if (!stale) setStrength(estimatePassword(password, inputsKey.split("\n"), voice));
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [password, inputsKey, voice]);

  if (!password) return null;
  const tooShort = password.length < PASSWORD_MIN_LENGTH;
  const score = strength ? (tooShort ? Math.min(strength.score, 1) : strength.score) : null;
  const accepted = score !== null && !tooShort && score >= PASSWORD_MIN_SCORE;
  const you = voice === "tu" ? "ton" : "votre";
  return (
    <div id={id} className="grid gap-1" aria-live="polite">
      <div
        role="meter"
        aria-label={`Robustesse de ${you} mot de passe`}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score ?? 0}
        aria-valuetext={score === null ? "en cours d'évaluation" : LABELS[score]}
        className="flex gap-1"
      >
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={`h-2 flex-1 rounded ${score !== null && score > i ? COLORS[score] : "bg-slate-200"}`}
            aria-hidden="true"
          />
        ))}
      </div>
      <p className="text-xs text-slate-700">
        Robustesse{"\u202f"}: <strong>{score === null ? "évaluation…" : LABELS[score]}</strong>
        {score === null
          ? null
          : accepted
            ? " — accepté."
            : tooShort
              ? ` — il faut au moins ${PASSWORD_MIN_LENGTH} caractères (${password.length} pour l'instant).`
              : ` — trop facile à deviner${strength?.warning ? `\u202f: ${strength.warning}` : ""}. ${strength?.suggestions[0] ?? ""}`}
      </p>
    </div>
  );
}
