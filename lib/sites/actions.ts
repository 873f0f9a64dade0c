"use server";
// Server actions of the quarry sites (issue 18, item 4), for member companies.
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/safe-action";
import { archiveSiteSchema, createSiteSchema } from "@/lib/sites/site.schema";
import { archiveSite, createSite } from "@/lib/sites/sites";

export const createSiteAction = memberAction("sites.create", createSiteSchema, async (input, { viewer }) => {
  const site = await createSite(viewer, input);
  revalidatePath("/adherent/sites");
  return site;
});

export const archiveSiteAction = memberAction("sites.archive", archiveSiteSchema, async ({ siteId }, { viewer }) => {
  await archiveSite(viewer, siteId);
  revalidatePath("/adherent/sites");
  return null;
});
