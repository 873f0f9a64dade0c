import { z } from "zod";

// Issue 18, item 4: a member company's quarry site.
export const createSiteSchema = z.object({
  name: z.string().trim().min(2, "Saisissez le nom du site.").max(80, "80 caractères au plus."),
  commune: z.string().trim().min(2, "Saisissez la commune du site.").max(80, "80 caractères au plus."),
});
export type CreateSiteInput = z.infer<typeof createSiteSchema>;

export const archiveSiteSchema = z.object({ siteId: z.string().min(1).max(40) });
