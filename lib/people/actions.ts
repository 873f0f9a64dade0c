"use server";
// Server actions of the people domain: the company referents' employee list, the learner's
// "MES INFORMATIONS" and the public self-registration. Thin wrappers over lib/people.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction, companyAction, learnerAction, publicAction } from "@/lib/safe-action";
import { unblockEmployee } from "@/lib/people/unblock-employee";
import { createEmployee } from "@/lib/people/create-employee";
import { importEmployees, previewEmployeeImport } from "@/lib/people/import-employees";
import { importEmployeesSchema, previewImportSchema } from "@/lib/people/employee-import.schema";
import { deleteEmployee, updateEmployee } from "@/lib/people/manage-employee";
import { employeeSchema, employeeUpdateSchema } from "@/lib/people/employee.schema";
import { myInformationSchema } from "@/lib/people/my-information.schema";
import { updateMyInformation } from "@/lib/people/my-information";
import { selfRegistrationSchema } from "@/lib/people/self-registration.schema";
import { selfRegister } from "@/lib/people/self-register";
import { approveAccreditationSchema, accreditationReasonSchema, endOfFrenchDay } from "@/lib/people/accreditation.schema";
import { approveAccreditation, refuseAccreditation, withdrawAccreditation } from "@/lib/people/trainer-accreditation";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { employeePhotoSchema, myPhotoSchema, photoDecisionSchema } from "@/lib/people/photo.schema";
import { decidePhoto, removeEmployeePhoto, sendMyPhoto, setEmployeePhoto } from "@/lib/people/photo";
import { requestAddress } from "@/lib/http/request-address";
import {
  changeProfileSchema,
  grantAccreditationSchema,
  movePersonSchema,
  revokePassportSchema,
  setControllerSchema,
} from "@/lib/people/admin-person.schema";
import {
  adminChangeProfile,
  adminDeletePerson,
  adminGrantAccreditation,
  adminMovePerson,
  adminRevokePassport,
  adminSendPasswordLink,
  adminSetController,
  adminUnblockPerson,
} from "@/lib/people/admin-manage-person";

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

// issue 14: "IMPORTER DES SALARIÉS": the file is sent again for the import, never stored
const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export const previewEmployeeImportAction = companyAction(
  "people.previewEmployeeImport",
  previewImportSchema,
  async ({ file }, { viewer }) => previewEmployeeImport(viewer, await bytesOf(file)),
);

export const importEmployeesAction = companyAction("people.importEmployees", importEmployeesSchema, async ({ file, mode }, { viewer }) => {
  const result = await importEmployees(viewer, await bytesOf(file), mode);
  revalidateLists();
  return result;
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

// issue 18, item 2: holder photos (the worker sends, the referent confirms or sets)
export const sendMyPhotoAction = learnerAction("people.sendMyPhoto", myPhotoSchema, async ({ photo }, { viewer }) => {
  const result = await sendMyPhoto(viewer, new Uint8Array(await photo.arrayBuffer()));
  revalidatePath("/espace", "layout");
  return result;
});

export const setEmployeePhotoAction = companyAction(
  "people.setEmployeePhoto",
  employeePhotoSchema,
  async ({ personId, photo }, { viewer }) => {
    const result = await setEmployeePhoto(viewer, personId, new Uint8Array(await photo.arrayBuffer()));
    revalidateLists();
    return result;
  },
);

export const decideEmployeePhotoAction = companyAction(
  "people.decideEmployeePhoto",
  photoDecisionSchema,
  async ({ personId, decision }, { viewer }) => {
    const result = await decidePhoto(viewer, personId, decision);
    revalidateLists();
    return result;
  },
);

export const removeEmployeePhotoAction = companyAction("people.removeEmployeePhoto", personRef, async ({ personId }, { viewer }) => {
  await removeEmployeePhoto(viewer, personId);
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

// An administrator's person page (issue 11): each action answers the French sentence shown after it
const refreshPerson = (personId?: string) => revalidatePath(personId ? `/admin/utilisateurs/${personId}` : "/admin/utilisateurs", "page");

export const adminUnblockPersonAction = adminAction("people.adminUnblock", personRef, async ({ personId }, { viewer }) => {
  const message = await adminUnblockPerson(viewer, personId);
  refreshPerson(personId);
  return message;
});

export const adminSendPasswordLinkAction = adminAction("people.adminSendPasswordLink", personRef, async ({ personId }, { viewer }) => {
  const message = await adminSendPasswordLink(viewer, personId);
  refreshPerson(personId);
  return message;
});

export const adminChangeProfileAction = adminAction("people.adminChangeProfile", changeProfileSchema, async (input, { viewer }) => {
  const message = await adminChangeProfile(viewer, input);
  refreshPerson(input.personId);
  return message;
});

export const adminSetControllerAction = adminAction("people.adminSetController", setControllerSchema, async (input, { viewer }) => {
  const message = await adminSetController(viewer, input);
  refreshPerson(input.personId);
  return message;
});

export const adminGrantAccreditationAction = adminAction(
  "people.adminGrantAccreditation",
  grantAccreditationSchema,
  async (input, { viewer }) => {
    const message = await adminGrantAccreditation(viewer, { personId: input.personId, validUntil: endOfFrenchDay(input.validUntil)! });
    refreshPerson(input.personId);
    revalidatePath("/admin/habilitations");
    return message;
  },
);

export const adminRevokePassportAction = adminAction("people.adminRevokePassport", revokePassportSchema, async (input, { viewer }) => {
  const message = await adminRevokePassport(viewer, input);
  refreshPerson();
  return message;
});

export const adminMovePersonAction = adminAction("people.adminMovePerson", movePersonSchema, async (input, { viewer }) => {
  const message = await adminMovePerson(viewer, input);
  refreshPerson(input.personId);
  return message;
});

export const adminDeletePersonAction = adminAction("people.adminDeletePerson", personRef, async ({ personId }, { viewer }) => {
  const message = await adminDeletePerson(viewer, personId);
  refreshPerson(personId);
  return message;
});
