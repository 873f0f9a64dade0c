"use server";
// Server actions of the passports domain: the controller's check at the gate.
import { z } from "zod";
import { controllerAction } from "@/lib/safe-action";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestAddress } from "@/lib/http/request-address";
import { syncOfflineChecks } from "@/lib/passports/sync-offline-checks";
import { syncOfflineChecksSchema } from "@/lib/passports/offline-check.schema";

export const checkPassportAction = controllerAction(
  "passports.checkPassport",
  z.object({
    value: z.string().trim().min(1, "Saisissez un numéro de passeport.").max(600, "Saisie trop longue."),
    siteId: z.string().max(40).nullish(),
  }),
  async ({ value, siteId }, { viewer }) => {
    await enforceRateLimit("passportCheck", viewer.accountId);
    // issue 17, item 11: forged and unknown values are logged with where they came from
    return checkAtGate(viewer, value, new Date(), await requestAddress(), siteId ?? null);
  },
);

/** Issue 18, item 3: the checks made offline, sent when the network returns. */
export const syncOfflineChecksAction = controllerAction(
  "passports.syncOfflineChecks",
  syncOfflineChecksSchema,
  async ({ checks }, { viewer }) => syncOfflineChecks(viewer, checks),
);
