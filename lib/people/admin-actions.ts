"use server";
// Server actions of an administrator's person page (issue 11, item 2). Thin wrappers over
// lib/people/admin-manage-person.ts; each answers the French sentence shown after it.
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { endOfFrenchDay } from "@/lib/people/accreditation.schema";
import {
  changeProfileSchema,
  grantAccreditationSchema,
  movePersonSchema,
  personRefSchema,
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

const refresh = (personId?: string) => revalidatePath(personId ? `/admin/utilisateurs/${personId}` : "/admin/utilisateurs", "page");

export const adminUnblockPersonAction = adminAction("people.adminUnblock", personRefSchema, async ({ personId }, { viewer }) => {
  const message = await adminUnblockPerson(viewer, personId);
  refresh(personId);
  return message;
});

export const adminSendPasswordLinkAction = adminAction("people.adminSendPasswordLink", personRefSchema, async ({ personId }, { viewer }) => {
  const message = await adminSendPasswordLink(viewer, personId);
  refresh(personId);
  return message;
});

export const adminChangeProfileAction = adminAction("people.adminChangeProfile", changeProfileSchema, async (input, { viewer }) => {
  const message = await adminChangeProfile(viewer, input);
  refresh(input.personId);
  return message;
});

export const adminSetControllerAction = adminAction("people.adminSetController", setControllerSchema, async (input, { viewer }) => {
  const message = await adminSetController(viewer, input);
  refresh(input.personId);
  return message;
});

export const adminGrantAccreditationAction = adminAction("people.adminGrantAccreditation", grantAccreditationSchema, async (input, { viewer }) => {
  const message = await adminGrantAccreditation(viewer, { personId: input.personId, validUntil: endOfFrenchDay(input.validUntil)! });
  refresh(input.personId);
  revalidatePath("/admin/habilitations");
  return message;
});

export const adminRevokePassportAction = adminAction("people.adminRevokePassport", revokePassportSchema, async (input, { viewer }) => {
  const message = await adminRevokePassport(viewer, input);
  refresh();
  return message;
});

export const adminMovePersonAction = adminAction("people.adminMovePerson", movePersonSchema, async (input, { viewer }) => {
  const message = await adminMovePerson(viewer, input);
  refresh(input.personId);
  return message;
});

export const adminDeletePersonAction = adminAction("people.adminDeletePerson", personRefSchema, async ({ personId }, { viewer }) => {
  const message = await adminDeletePerson(viewer, personId);
  refresh(personId);
  return message;
});
