"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { approveMemberRequest, rejectMemberRequest } from "@/lib/companies/member-requests";

const request = z.object({ companyId: z.string().min(1).max(40) });

export const approveMemberRequestAction = adminAction(request, async ({ companyId }, { viewer }) => {
  const result = await approveMemberRequest(viewer, companyId);
  revalidatePath("/admin/entreprises");
  return result;
});

export const rejectMemberRequestAction = adminAction(request, async ({ companyId }, { viewer }) => {
  await rejectMemberRequest(viewer, companyId);
  revalidatePath("/admin/entreprises");
  return null;
});
