"use server";
import { revalidatePath } from "next/cache";
import { learnerAction } from "@/lib/safe-action";
import { myInformationSchema } from "@/lib/people/my-information.schema";
import { updateMyInformation } from "@/lib/people/my-information";

export const updateMyInformationAction = learnerAction(myInformationSchema, async (input, { viewer }) => {
  const result = await updateMyInformation(viewer, input);
  revalidatePath("/espace", "layout");
  return result;
});
