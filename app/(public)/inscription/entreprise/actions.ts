"use server";
import { z } from "zod";
import { publicAction } from "@/lib/public-action";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { registrationSchema } from "@/lib/companies/company.schema";
import { registerSubcontractor, requestMembership } from "@/lib/companies/register-company";

export const registerSubcontractorAction = publicAction(registrationSchema, async (input) => {
  await registerSubcontractor(input);
  return null;
});

export const registerMemberAction = publicAction(registrationSchema, async (input) => {
  await requestMembership(input);
  return null;
});

// A challenge serves once, even when the registration is then refused: the form asks for a new one.
export const newChallengeAction = publicAction(z.object({}), async () => newChallenge());
