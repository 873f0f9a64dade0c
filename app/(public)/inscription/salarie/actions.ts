"use server";
import { z } from "zod";
import { publicAction } from "@/lib/public-action";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { searchCompanies } from "@/lib/companies/search-companies";
import { selfRegistrationSchema } from "@/lib/people/self-registration.schema";
import { selfRegister } from "@/lib/people/self-register";

export const selfRegisterAction = publicAction(selfRegistrationSchema, async (input) => {
  await selfRegister(input);
  return null;
});

// Anonymous visitors only see registered companies, and only from 3 characters on: enough to
// find one's own company, too few results per query to list the platform's companies.
export const searchCompaniesAction = publicAction(z.object({ q: z.string().max(120) }), async ({ q }) => {
  if (q.trim().length < 3) return [];
  return searchCompanies(q, { registeredOnly: true });
});

// A challenge is used up once verified, even when the registration is then refused (e-mail
// already used…): the form asks for a new one before the visitor submits again.
export const newChallengeAction = publicAction(z.object({}), async () => newChallenge());
