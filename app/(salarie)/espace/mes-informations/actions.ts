"use server";
import { revalidatePath } from "next/cache";
import { learnerAction } from "@/lib/safe-action";
import { myInformationSchema } from "@/lib/people/my-information.schema";
import { updateMyInformation } from "@/lib/people/my-information";
import { splitSchema } from "@/lib/companies/space-link.schema";
import { splitSpaces } from "@/lib/companies/space-link";

export const updateMyInformationAction = learnerAction(myInformationSchema, async (input, { viewer }) => {
  const result = await updateMyInformation(viewer, input);
  revalidatePath("/espace", "layout");
  return result;
});

// C3 "Avoir un accès distinct à mon compte utilisateur". No revalidation here: the current
// login stays the company's; the confirmation is shown, then the page moves to the company space.
export const splitSpacesAction = learnerAction(splitSchema, async (input, { viewer }) => splitSpaces(viewer, input));
