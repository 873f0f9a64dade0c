"use server";
// Server actions of the access-control API keys (issue 18, item 6), for member companies.
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/safe-action";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api/api-key.schema";
import { createApiKey, revokeApiKey } from "@/lib/api/api-keys";

export const createApiKeyAction = memberAction("api.createKey", createApiKeySchema, async (input, { viewer }) => {
  const created = await createApiKey(viewer, input);
  revalidatePath("/adherent/api");
  return created;
});

export const revokeApiKeyAction = memberAction("api.revokeKey", revokeApiKeySchema, async ({ keyId }, { viewer }) => {
  await revokeApiKey(viewer, keyId);
  revalidatePath("/adherent/api");
  return null;
});
