// Issue 18, item 3: what the control app sends when the network returns: the checks it made
// offline, each with the id the phone gave it (a re-send is recorded once).
import { z } from "zod";

export const OFFLINE_RESULTS = ["VALID", "EXPIRED", "REVOKED", "FORGED"] as const;
/** One batch at most: the phone sends what it has in batches of this size. */
export const MAX_SYNC_BATCH = 50;

export const offlineCheckSchema = z.object({
  id: z.uuid(),
  /** the QR code's content as read (the verification URL or the bare token) */
  qr: z.string().trim().min(1).max(700),
  /** the phone's time of the check (ms since 1970) */
  checkedAt: z.number().int().nonnegative(),
  /** the issue time (Unix s) of the revocation list the phone answered with */
  listIssuedAt: z.number().int().nonnegative(),
  siteId: z.string().max(40).nullish(),
  shownResult: z.enum(OFFLINE_RESULTS),
});

export const syncOfflineChecksSchema = z.object({
  checks: z.array(offlineCheckSchema).min(1).max(MAX_SYNC_BATCH),
});

export type OfflineCheckInput = z.infer<typeof offlineCheckSchema>;
