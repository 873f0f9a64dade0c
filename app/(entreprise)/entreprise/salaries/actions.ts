"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { companyAction } from "@/lib/safe-action";
import { unblockEmployee } from "@/lib/people/unblock-employee";
import { createEmployee } from "@/lib/people/create-employee";
import { deleteEmployee, updateEmployee } from "@/lib/people/manage-employee";
import { employeeSchema, employeeUpdateSchema } from "@/lib/people/employee.schema";

// the subcontractor and member company spaces show the same list
function revalidateLists() {
  revalidatePath("/entreprise/salaries");
  revalidatePath("/adherent/salaries");
}

export const unblockEmployeeAction = companyAction(z.object({ personId: z.string().min(1).max(40) }), async ({ personId }, { viewer }) => {
  const result = await unblockEmployee(viewer, personId);
  revalidateLists();
  return result;
});

export const createEmployeeAction = companyAction(employeeSchema, async (input, { viewer }) => {
  const created = await createEmployee(viewer, input);
  revalidateLists();
  return { uniqueId: created.uniqueId, profileName: created.profileName, snbpe: created.snbpe };
});

export const updateEmployeeAction = companyAction(employeeUpdateSchema, async (input, { viewer }) => {
  await updateEmployee(viewer, input);
  revalidateLists();
  return null;
});

export const deleteEmployeeAction = companyAction(z.object({ personId: z.string().min(1).max(40) }), async ({ personId }, { viewer }) => {
  await deleteEmployee(viewer, personId);
  revalidateLists();
  return null;
});
