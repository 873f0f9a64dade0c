// The learner's steps that several browser tests take.
import type { Page } from "playwright-core";

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
