// The learner's steps that several browser tests take.
import type { Page } from "playwright-core";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, uniq } from "@/tests/helpers/demo";

/** Plays the module's media to its end (every slide, or the video from its last second), then opens the quiz. */
export async function watchMedia(page: Page) {
  await page.locator('video, [aria-roledescription="diaporama"]').first().waitFor();
  const video = page.locator("video");
  if (await video.count()) {
    await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await new Promise((r) => (v.readyState >= 1 ? r(null) : v.addEventListener("loadedmetadata", r, { once: true })));
      v.currentTime = Math.max(0, v.duration - 0.3);
      await v.play();
    });
  } else {
    const next = page.getByRole("button", { name: "Suivante →" });
    while (await next.isEnabled()) await next.click();
  }
  await page.getByRole("button", { name: "Passer au questionnaire" }).click();
}

/**
 * A new "Salarié administratif" of the demo subcontractor with the demo password, so that a
 * test takes the path without touching the demo learners'.
 */
export async function newLearner(prefix: string, firstName: string) {
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "ADMINISTRATIF" }, include: { modules: true } });
  const lastName = `${prefix}${uniq()}`;
  const email = `${lastName.toLowerCase()}@example.fr`;
  const account = await db.account.create({ data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false } });
  await db.person.create({
    data: {
      accountId: account.id,
      companyId: company.id,
      firstName,
      lastName,
      searchName: `${firstName.toLowerCase()} ${lastName.toLowerCase()}`,
      profileId: profile.id,
    },
  });
  return { email, lastName, profile };
}
