"use server";
import { publicAction } from "@/lib/public-action";
import { registrationSchema } from "@/lib/companies/company.schema";
import { registerSubcontractor } from "@/lib/companies/register-company";

export const registerSubcontractorAction = publicAction(registrationSchema, async (input) => {
  await registerSubcontractor(input);
  return null;
});
