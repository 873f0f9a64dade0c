"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { linkExistingSchema, linkNewSchema } from "@/lib/companies/space-link.schema";
import { linkExistingAccount, linkNewAccount } from "@/lib/companies/space-link";
import { handoverSchema } from "@/lib/companies/referent-handover.schema";
import { cancelHandover, requestHandover } from "@/lib/companies/referent-handover";
import { companyAction } from "@/lib/safe-action";
import { companyInfoSchema, domainChangeSchema } from "@/lib/companies/company.schema";
import { applyDomainChange, previewDomainChange, updateCompanyInfo } from "@/lib/companies/company-info";

export const updateCompanyInfoAction = companyAction(companyInfoSchema, async (input, { viewer }) => {
  const result = await updateCompanyInfo(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const previewDomainChangeAction = companyAction(domainChangeSchema, async ({ from, to }, { viewer }) => previewDomainChange(viewer, from, to));

export const applyDomainChangeAction = companyAction(domainChangeSchema, async ({ from, to }, { viewer }) => {
  const result = await applyDomainChange(viewer, from, to);
  revalidatePath("/entreprise/salaries");
  revalidatePath("/adherent/salaries");
  return result;
});

// C1 "Lier ce compte entreprise à mon compte utilisateur"
export const linkExistingAccountAction = companyAction(linkExistingSchema, async (input, { viewer }) => {
  const result = await linkExistingAccount(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const linkNewAccountAction = companyAction(linkNewSchema, async (input, { viewer }) => {
  const result = await linkNewAccount(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

// C4 "Passage de relais"
export const requestHandoverAction = companyAction(handoverSchema, async (input, { viewer }) => {
  const result = await requestHandover(viewer, input);
  revalidatePath("/entreprise/informations");
  revalidatePath("/adherent/informations");
  return result;
});

export const cancelHandoverAction = companyAction(z.object({}), async (_input, { viewer }) => {
  await cancelHandover(viewer);
  return null;
});
