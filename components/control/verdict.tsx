// Issue 18, item 5: each verdict differs by colour, icon and word, so that it reads at a glance
// in the sun, by someone who does not tell red from green, or from across the gatehouse.
import type { CheckResult } from "@/lib/generated/prisma/enums";
import { CHECK_LABELS } from "@/lib/passports/passport-status";

export const VERDICT_TONES: Record<CheckResult, string> = {
  VALID: "bg-green-700 text-white",
  EXPIRED: "bg-amber-400 text-navy",
  REVOKED: "bg-red-700 text-white",
  UNKNOWN: "bg-slate-600 text-white",
  FORGED: "bg-fuchsia-900 text-white",
};

const PATHS: Record<CheckResult, React.ReactNode> = {
  // a tick in a circle
  VALID: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M7 12.5l3.2 3.2L17 9" />
    </>
  ),
  // a clock: time ran out
  EXPIRED: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 6.5V12l3.5 2.5" />
    </>
  ),
  // no entry
  REVOKED: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M6.5 12h11" />
    </>
  ),
  // a question mark
  UNKNOWN: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M9.2 9.3a2.9 2.9 0 1 1 4 2.7c-.8.4-1.2 1-1.2 1.8v.7" />
      <path d="M12 17.4v.2" />
    </>
  ),
  // a warning triangle
  FORGED: (
    <>
      <path d="M12 3l9.5 17h-19z" />
      <path d="M12 9.5v5M12 17.4v.2" />
    </>
  ),
};

export function VerdictIcon({ result, className = "size-6" }: { result: CheckResult; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      {PATHS[result]}
    </svg>
  );
}

/** A small verdict for tables: colour, icon and word. */
export function VerdictBadge({ result }: { result: CheckResult }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-bold uppercase ${VERDICT_TONES[result]}`}>
      <VerdictIcon result={result} className="size-4" />
      {CHECK_LABELS[result]}
    </span>
  );
}
