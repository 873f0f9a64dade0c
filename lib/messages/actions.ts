"use server";
// Server actions of the targeted messages (H6): administrators only.
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { messageSchema } from "@/lib/messages/message.schema";
import { createTargetedMessage, previewMessage } from "@/lib/messages/targeted-messages";

export const previewMessageAction = adminAction("messages.preview", messageSchema, (input, { viewer }) => previewMessage(viewer, input));

export const createTargetedMessageAction = adminAction("messages.create", messageSchema, async (input, { viewer }) => {
  const result = await createTargetedMessage(viewer, input);
  revalidatePath("/admin/messages");
  return { id: result.id, recipients: result.recipients };
});
