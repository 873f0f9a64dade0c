"use server";
// Server actions of the passports domain: the controller's check at the gate.
import { z } from "zod";
import { controllerAction } from "@/lib/safe-action";
import { checkAtGate } from "@/lib/passports/check-at-gate";

export const checkPassportAction = controllerAction(
  "passports.checkPassport",
  z.object({ value: z.string().trim().min(1, "Saisissez un numéro de passeport.").max(300, "Saisie trop longue.") }),
  async ({ value }, { viewer }) => checkAtGate(viewer, value),
);
