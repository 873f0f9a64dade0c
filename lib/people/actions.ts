"use server";
// Server actions of the people domain: the company referents' employee list, the learner's
// "MES INFORMATIONS" and the public self-registration. Thin wrappers over lib/people.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction, companyAction, learnerAction, publicAction } from "@/lib/safe-action";
import { unblockEmployee } from "@/lib/people/unblock-employee";
import { createEmployee } from "@/lib/people/create-employee";
import { deleteEmployee, updateEmployee } from "@/lib/people/manage-employee";
import { employeeSchema, employeeUpdateSchema } from "@/lib/people/employee.schema";
import { myInformationSchema } from "@/lib/people/my-information.schema";
import { updateMyInformation } from "@/lib/people/my-information";
import { selfRegistrationSchema } from "@/lib/people/self-registration.schema";
import { selfRegister } from "@/lib/people/self-register";
import { approveAccreditationSchema, accreditationReasonSchema, endOfFrenchDay } from "@/lib/people/accreditation.schema";
import { approveAccreditation, refuseAccreditation, withdrawAccreditation } from "@/lib/people/trainer-accreditation";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestAddress } from "@/lib/http/request-address";

const personRef = z.object({ personId: z.string().min(1).max(40) });

// the subcontractor and member company spaces show the same list
function revalidateLists() {
  revalidatePath("/entreprise/salaries");
  revalidatePath("/adherent/salaries");
}

export const unblockEmployeeAction = companyAction("people.unblockEmployee", personRef, async ({ personId }, { viewer }) => {
  const result = await unblockEmployee(viewer, personId);
  revalidateLists();
  return result;
});

export const createEmployeeAction = companyAction("people.createEmployee", employeeSchema, async (input, { viewer }) => {
  const created = await createEmployee(viewer, input);
  revalidateLists();
  return { uniqueId: created.uniqueId, profileName: created.profileName, snbpe: created.snbpe };
});

export const updateEmployeeAction = companyAction("people.updateEmployee", employeeUpdateSchema, async (input, { viewer }) => {
  await updateEmployee(viewer, input);
  revalidateLists();
  return null;
});

export const deleteEmployeeAction = companyAction("people.deleteEmployee", personRef, async ({ personId }, { viewer }) => {
  await deleteEmployee(viewer, personId);
  revalidateLists();
  return null;
});

export const updateMyInformationAction = learnerAction("people.updateMyInformation", myInformationSchema, async (input, { viewer }) => {
  const result = await updateMyInformation(viewer, input);
  revalidatePath("/espace", "layout");
  return result;
});

export const selfRegisterAction = publicAction("people.selfRegister", selfRegistrationSchema, async (input) => {
  await enforceRateLimit("registration", await requestAddress());
  await selfRegister(input);
  return null;
});

// "Habilitations formateurs" (administrators)
export const approveAccreditationAction = adminAction(
  "people.approveAccreditation",
  approveAccreditationSchema,
  async ({ accreditationId, validUntil }, { viewer }) => {
    const result = await approveAccreditation(viewer, { accreditationId, validUntil: endOfFrenchDay(validUntil)! });
    revalidatePath("/admin/habilitations");
    return result;
  },
);

export const refuseAccreditationAction = adminAction("people.refuseAccreditation", accreditationReasonSchema, async (input, { viewer }) => {
  await refuseAccreditation(viewer, input);
  revalidatePath("/admin/habilitations");
  return null;
});

export const withdrawAccreditationAction = adminAction(
  "people.withdrawAccreditation",
  accreditationReasonSchema,
  async (input, { viewer }) => {
    await withdrawAccreditation(viewer, input);
    revalidatePath("/admin/habilitations");
    return null;
  },
);
