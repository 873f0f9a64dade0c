// Issue 18, item 3: the checks a controller made offline reach the server when the network
// returns. Each is verified again here (the phone's verdict is kept beside, never trusted),
// logged at its offline time with the controller and the site, like an online check. Refused:
// a time in the future, older than a revocation list may serve, or before the list it used.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertController } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { controllerSite } from "@/lib/sites/sites";
import { readGateToken } from "@/lib/passports/gate-token";
import { tokenFromQrContent } from "@/lib/passports/credential-format";
import { REVOCATION_LIST_VALIDITY_MS } from "@/lib/passports/offline-check";
import { logForgedCheck, verifyPassport, type CheckContext } from "@/lib/passports/verify-passport";
import type { OfflineCheckInput } from "@/lib/passports/offline-check.schema";

/** The phone's clock may be a little ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type SyncOutcome = { id: string; status: "recorded" | "duplicate" | "rejected"; reason?: string };

/** Why a check's times are absurd, or null when they are plausible. */
export function implausibleTimes(check: Pick<OfflineCheckInput, "checkedAt" | "listIssuedAt">, now: Date): string | null {
  const checkedAt = check.checkedAt;
  const listIssuedAt = check.listIssuedAt * 1000;
  if (checkedAt > now.getTime() + CLOCK_SKEW_MS) return "Heure du contrôle dans le futur.";
  if (checkedAt < now.getTime() - REVOCATION_LIST_VALIDITY_MS) return "Contrôle trop ancien.";
  if (listIssuedAt > checkedAt + CLOCK_SKEW_MS) return "Liste des passeports révoqués postérieure au contrôle.";
  if (checkedAt - listIssuedAt > REVOCATION_LIST_VALIDITY_MS) return "Liste des passeports révoqués trop ancienne pour ce contrôle.";
  return null;
}

export async function syncOfflineChecks(viewer: Viewer, checks: OfflineCheckInput[], now = new Date()): Promise<SyncOutcome[]> {
  assertController(viewer);
  const known = new Set(
    (await db.passportCheck.findMany({ where: { clientId: { in: checks.map((c) => c.id) } }, select: { clientId: true } })).map(
      (c) => c.clientId,
    ),
  );
  const outcomes: SyncOutcome[] = [];
  for (const check of checks) {
    if (known.has(check.id)) {
      outcomes.push({ id: check.id, status: "duplicate" });
      continue;
    }
    const reason = implausibleTimes(check, now);
    if (reason) {
      logger.warn({ accountId: viewer.accountId, clientId: check.id, reason }, "offline check refused");
      outcomes.push({ id: check.id, status: "rejected", reason });
      continue;
    }
    known.add(check.id); // the same id twice in one batch
    try {
      await recordOne(viewer, check, now);
      outcomes.push({ id: check.id, status: "recorded" });
    } catch (error) {
      // two sends of the same check at once: the unique clientId keeps one
      if (await db.passportCheck.findUnique({ where: { clientId: check.id }, select: { id: true } })) {
        outcomes.push({ id: check.id, status: "duplicate" });
      } else throw error;
    }
  }
  return outcomes;
}

async function recordOne(viewer: Viewer & { person: NonNullable<Viewer["person"]> }, check: OfflineCheckInput, syncedAt: Date) {
  const context: CheckContext = {
    channel: "CONTROL",
    checkedById: viewer.person.id,
    now: new Date(check.checkedAt),
    siteId: check.siteId ?? null,
    offline: { clientId: check.id, syncedAt, shownResult: check.shownResult },
  };
  const token = tokenFromQrContent(check.qr);
  const lookup = token === null ? null : await readGateToken(token);
  if (!lookup) {
    const site = await controllerSite(viewer, check.siteId);
    await logForgedCheck({ ...context, presented: token ?? check.qr, siteId: site?.id ?? null, companyId: site?.companyId ?? null });
    return;
  }
  await verifyPassport(lookup, context);
}
