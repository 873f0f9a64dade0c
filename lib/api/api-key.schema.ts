import { z } from "zod";

// Issue 18, item 6: a member company's key to the access-control API.
export const createApiKeySchema = z.object({
  name: z.string().trim().min(2, "Nommez la clé (le système qui l'utilise).").max(60, "60 caractères au plus."),
  siteId: z.string().max(40).optional(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.string().min(1).max(40) });
