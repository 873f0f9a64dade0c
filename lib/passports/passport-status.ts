import type { CheckResult } from "@/lib/generated/prisma/client";

export const CHECK_LABELS: Record<CheckResult, string> = {
  VALID: "Valide",
  EXPIRED: "Expiré",
  REVOKED: "Révoqué",
  UNKNOWN: "Inconnu",
  FORGED: "Falsifié",
};

/** The state of a passport at a given time: revocation wins over expiry. */
export function passportState(p: { status: "ACTIVE" | "REVOKED"; expiresAt: Date }, now: Date): CheckResult {
  if (p.status === "REVOKED") return "REVOKED";
  return p.expiresAt.getTime() < now.getTime() ? "EXPIRED" : "VALID";
}
