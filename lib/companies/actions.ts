"use server";
// Server actions of the companies domain: registrations and the public company look-up,
// member requests (administrators), company information, linked spaces (C1, C3) and the
// referent handover (C4). Thin wrappers over lib/companies.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction, companyAction, learnerAction, publicAction } from "@/lib/safe-action";
import { companyInfoSchema, domainChangeSchema, registrationSchema } from "@/lib/companies/company.schema";
import { applyDomainChange, previewDomainChange, updateCompanyInfo } from "@/lib/companies/company-info";
import { approveMemberRequest, rejectMemberRequest } from "@/lib/companies/member-requests";
import { registerSubcontractor, requestMembership } from "@/lib/companies/register-company";
import { searchCompanies } from "@/lib/companies/search-companies";
import { linkExistingSchema, linkNewSchema, splitSchema } from "@/lib/companies/space-link.schema";
import { linkExistingAccount, linkNewAccount, splitSpaces } from "@/lib/companies/space-link";
import { acceptInvitationSchema, handoverSchema } from "@/lib/companies/referent-handover.schema";
import { acceptHandover, cancelHandover, requestHandover } from "@/lib/companies/referent-handover";
import {
  changeReferentSchema,
  mergeCompanySchema,
  reactivateCompanySchema,
  suspendCompanySchema,
} from "@/lib/companies/admin-company.schema";
import { reactivateCompany, suspendCompany } from "@/lib/companies/suspension";
import { mergeTypedCompany } from "@/lib/companies/merge-company";
import { changeReferent } from "@/lib/companies/admin-referent";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestAddress } from "@/lib/http/request-address";

export const registerSubcontractorAction = publicAction("companies.registerSubcontractor", registrationSchema, async (input) => {
  await enforceRateLimit("registration", await requestAddress());
  await registerSubcontractor(input);
  return null;
});

export const registerMemberAction = publicAction("companies.registerMember", registrationSchema, async (input) => {
  await enforceRateLimit("registration", await requestAddress());
  await requestMembership(input);
  return null;
});

// Anonymous visitors only see registered companies, and only from 3 characters on: enough to
// find one's own company, too few results per query to list the platform's companies.
export const searchRegisteredCompaniesAction = publicAction(
  "companies.searchRegisteredCompanies",
  z.object({ q: z.string().max(120) }),
  async ({ q }) => {
    if (q.trim().length < 3) return [];
    await enforceRateLimit("companySearch", await requestAddress());
    return searchCompanies(q, { registeredOnly: true });
  },
);

const companyRef = z.object({ companyId: z.string().min(1).max(40) });

export const approveMemberRequestAction = adminAction("companies.approveMemberRequest", companyRef, async ({ companyId }, { viewer }) => {
  const result = await approveMemberRequest(viewer, companyId);
  revalidatePath("/admin/entreprises");
  return result;
});

export const rejectMemberRequestAction = adminAction("companies.rejectMemberRequest", companyRef, async ({ companyId }, { viewer }) => {
  await rejectMemberRequest(viewer, companyId);
  revalidatePath("/admin/entreprises");
  return null;
});

// Issue 11, item 3: the administrators' actions on a company's page
const companyPage = (companyId: string) => `/admin/entreprises/${companyId}`;

export const suspendCompanyAction = adminAction("companies.suspendCompany", suspendCompanySchema, async (input, { viewer }) => {
  await suspendCompany(viewer, input);
  revalidatePath(companyPage(input.companyId));
  return null;
});

export const reactivateCompanyAction = adminAction("companies.reactivateCompany", reactivateCompanySchema, async (input, { viewer }) => {
  await reactivateCompany(viewer, input);
  revalidatePath(companyPage(input.companyId));
  return null;
});

export const changeReferentAction = adminAction(
  "companies.changeReferent",
  changeReferentSchema,
  async ({ companyId, ...input }, { viewer }) => {
    const result = await changeReferent(viewer, companyId, input);
    revalidatePath(companyPage(companyId));
    return result;
  },
);

export const mergeCompanyAction = adminAction("companies.mergeCompany", mergeCompanySchema, async (input, { viewer }) => {
  const result = await mergeTypedCompany(viewer, input);
  revalidatePath(companyPage(input.targetId));
  return result;
});

export const updateCompanyInfoAction = companyAction("companies.updateCompanyInfo", companyInfoSchema, async (input, { viewer }) => {
  const result = await updateCompanyInfo(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const previewDomainChangeAction = companyAction(
  "companies.previewDomainChange",
  domainChangeSchema,
  async ({ from, to }, { viewer }) => previewDomainChange(viewer, from, to),
);

export const applyDomainChangeAction = companyAction(
  "companies.applyDomainChange",
  domainChangeSchema,
  async ({ from, to }, { viewer }) => {
    const result = await applyDomainChange(viewer, from, to);
    revalidatePath("/entreprise/salaries");
    revalidatePath("/adherent/salaries");
    return result;
  },
);

// C1 "Lier ce compte entreprise à mon compte utilisateur"
export const linkExistingAccountAction = companyAction("companies.linkExistingAccount", linkExistingSchema, async (input, { viewer }) => {
  const result = await linkExistingAccount(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const linkNewAccountAction = companyAction("companies.linkNewAccount", linkNewSchema, async (input, { viewer }) => {
  const result = await linkNewAccount(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

// C3 "Avoir un accès distinct à mon compte utilisateur". No revalidation here: the current
// login stays the company's; the confirmation is shown, then the page moves to the company space.
export const splitSpacesAction = learnerAction("companies.splitSpaces", splitSchema, async (input, { viewer }) =>
  splitSpaces(viewer, input),
);

// C4 "Passage de relais"
export const requestHandoverAction = companyAction("companies.requestHandover", handoverSchema, async (input, { viewer }) => {
  const result = await requestHandover(viewer, input);
  revalidatePath("/entreprise/informations");
  revalidatePath("/adherent/informations");
  return result;
});

export const cancelHandoverAction = companyAction("companies.cancelHandover", z.object({}), async (_input, { viewer }) => {
  await cancelHandover(viewer);
  return null;
});

export const acceptHandoverAction = publicAction("companies.acceptHandover", acceptInvitationSchema, async ({ token, password }) =>
  acceptHandover(token, password),
);
