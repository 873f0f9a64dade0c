"use server";
// Server actions of the content studio (issue 12): thin wrappers over lib/content/*.
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import {
  createProfileSchema,
  moveProfileModuleSchema,
  profileModuleSchema,
  setProfileActiveSchema,
  setProfileModulesSchema,
  updateProfileSchema,
} from "@/lib/content/profile.schema";
import {
  addProfileModule,
  createProfile,
  moveProfileModule,
  removeProfileModule,
  setProfileActive,
  setProfileModules,
  updateProfile,
} from "@/lib/content/profiles";

// profiles

/** The studio's index and the profile's own page show what changed. */
function profileChanged(profileId: string) {
  revalidatePath("/admin/contenus");
  revalidatePath(`/admin/contenus/profils/${profileId}`);
}

export const createProfileAction = adminAction("content.createProfile", createProfileSchema, async (input, { viewer }) => {
  const profile = await createProfile(viewer, input);
  revalidatePath("/admin/contenus");
  return { id: profile.id };
});

export const updateProfileAction = adminAction("content.updateProfile", updateProfileSchema, async (input, { viewer }) => {
  const result = await updateProfile(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const setProfileActiveAction = adminAction("content.setProfileActive", setProfileActiveSchema, async (input, { viewer }) => {
  const result = await setProfileActive(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const setProfileModulesAction = adminAction("content.setProfileModules", setProfileModulesSchema, async (input, { viewer }) => {
  const result = await setProfileModules(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const addProfileModuleAction = adminAction("content.addProfileModule", profileModuleSchema, async (input, { viewer }) => {
  const result = await addProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const removeProfileModuleAction = adminAction("content.removeProfileModule", profileModuleSchema, async (input, { viewer }) => {
  const result = await removeProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const moveProfileModuleAction = adminAction("content.moveProfileModule", moveProfileModuleSchema, async (input, { viewer }) => {
  const result = await moveProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});
