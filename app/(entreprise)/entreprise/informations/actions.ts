"use server";
import { revalidatePath } from "next/cache";
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
