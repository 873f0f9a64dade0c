"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { companyAction } from "@/lib/safe-action";
import { unblockEmployee } from "@/lib/people/unblock-employee";

export const unblockEmployeeAction = companyAction(z.object({ personId: z.string().min(1).max(40) }), async ({ personId }, { viewer }) => {
  const result = await unblockEmployee(viewer, personId);
  revalidatePath("/entreprise/salaries");
  revalidatePath("/adherent/salaries");
  return result;
});
