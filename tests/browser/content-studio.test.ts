// Issue 12, item 8: an administrator edits a question in the studio and publishes it; a
// learner gets the new question, fails, sees the explanation, replays the moment of the video
// that answers it, and passes. Also the studio's refusals as the page shows them: a renamed
// executable uploaded as the video.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createModule, publishVersion, setQuestions } from "@/lib/content/studio";
import { DEMO, DEMO_PASSWORD, uniq, viewerOf } from "@/tests/helpers/demo";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { watchMedia } from "./learning";

const chromium = useBrowser(() => db.$disconnect());

const NEW_QUESTION = "Où marchent les piétons sur le site ?";
const EXPLANATION = "Les piétons suivent les cheminements balisés en vert, à l'écart des engins.";

/** A video module (the demo's « Circulation sur site » film) in a profile of its own, and a learner of it. */
async function setUp() {
  const admin = await viewerOf(DEMO.admin);
  const slug = `studio-${uniq()}`;
  const { moduleId, versionId } = await createModule(admin, {
    slug,
    snbpeCommon: false,
    content: {
      title: `Circulation ${slug}`,
      summary: "Module du test du studio",
      mediaKind: "VIDEO",
      mediaPath: "/media/circulation-sur-site/video.mp4",
      captionsPath: "/media/circulation-sur-site/captions.vtt",
      videoSources: [
        { src: "/media/circulation-sur-site/video.webm", type: "video/webm" },
        { src: "/media/circulation-sur-site/video.mp4", type: "video/mp4" },
      ],
      durationSeconds: 60,
      passMark: 100,
    },
  });
  await setQuestions(admin, versionId, [
    {
      text: `Question d'origine ${slug}`,
      explanation: "Explication d'origine.",
      anchorSeconds: 2,
      anchorSlide: null,
      choices: [
        { text: "Réponse juste d'origine", correct: true },
        { text: "Réponse fausse d'origine", correct: false },
      ],
    },
  ]);
  await publishVersion(admin, versionId);
  const profile = await db.profile.create({
    data: { position: 1000, code: `STUDIO${uniq()}`.toUpperCase(), name: `Profil ${slug}`, modules: { create: { moduleId, position: 1 } } },
  });
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const email = `${slug}@example.fr`;
  const account = await db.account.create({ data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false } });
  await db.person.create({
    data: { accountId: account.id, companyId: company.id, firstName: "Sam", lastName: `Studio${uniq()}`, profileId: profile.id },
  });
  return { moduleId, email };
}

/** Answers the one question shown, rightly or wrongly (the database knows which choice is right). */
async function answer(page: Page, right: boolean) {
  const legend = page.locator("fieldset legend").first();
  await legend.waitFor();
  expect((await legend.textContent())!.replace(/[\u202f\u00a0]/g, " ")).toContain(NEW_QUESTION);
  const question = await db.question.findFirstOrThrow({
    where: { text: NEW_QUESTION, version: { status: "PUBLISHED" } },
    orderBy: { version: { publishedAt: "desc" } },
    include: { choices: true },
  });
  await page.getByLabel(question.choices.find((c) => c.isCorrect === right)!.text, { exact: true }).check();
  await page.getByRole("button", { name: "Valider mes réponses" }).click();
}

it("publishes an edited question that the learner then fails, reviews at the right moment of the video, and passes", async () => {
  const { moduleId, email } = await setUp();

  // the administrator opens the module, its draft, edits question 1 and publishes
  const admin = await openPage(chromium.browser);
  await login(admin.page, DEMO.admin);
  await admin.page.goto(`${APP_URL}/admin/contenus/modules/${moduleId}`);
  await admin.page.getByRole("button", { name: "Modifier le module" }).click();
  await admin.page.waitForURL(`**/admin/contenus/modules/${moduleId}/brouillon`);

  // a renamed executable as the video: refused next to the field, in French
  const exe = path.join(tmpdir(), `video-${uniq()}.mp4`);
  writeFileSync(exe, Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.alloc(2048)]));
  await admin.page.getByLabel("Vidéo (MP4 ou WebM)").setInputFiles(exe);
  await admin.page.getByText(/Ce fichier n.est pas une vidéo MP4 ou WebM/).waitFor();

  await admin.page.getByLabel("Texte de la question").first().fill(NEW_QUESTION);
  await admin.page.getByLabel("Réponse 1", { exact: true }).fill("Sur les cheminements balisés");
  await admin.page.getByLabel("Réponse 2", { exact: true }).fill("Au milieu des pistes");
  await admin.page.getByLabel("Explication (montrée après le questionnaire)").fill(EXPLANATION);
  await admin.page.getByLabel("Moment de la vidéo qui y répond (minutes:secondes)").fill("0:04");
  await admin.page.getByRole("button", { name: "Enregistrer les questions" }).click();
  await admin.page.getByText("Enregistré.").waitFor();
  await admin.page.getByRole("button", { name: "Publier" }).click();
  await admin.page.getByRole("button", { name: "Confirmer" }).click();
  await admin.page.waitForURL(`**/admin/contenus/modules/${moduleId}`);
  await admin.page.getByRole("cell", { name: "Publiée (en cours)" }).waitFor();
  const versions = await db.moduleVersion.findMany({ where: { moduleId }, orderBy: { number: "asc" }, select: { status: true } });
  expect(versions.map((v) => v.status)).toEqual(["RETIRED", "PUBLISHED"]);

  // the learner gets the new question, fails
  const learner = await openPage(chromium.browser);
  await login(learner.page, email);
  await learner.page.goto(`${APP_URL}/espace/parcours`);
  await learner.page.getByRole("link", { name: /Commencer le module/ }).click();
  await watchMedia(learner.page);
  await answer(learner.page, false);
  await learner.page.getByText("Module non validé").waitFor();
  // the explanation, never the right choice
  await learner.page.getByText("Les piétons suivent les cheminements balisés en vert", { exact: false }).waitFor();
  expect(await learner.page.getByText("Sur les cheminements balisés").count()).toBe(0);

  // « Revoir ce passage » starts the video at 0:04
  await learner.page.getByRole("button", { name: /Revoir ce passage/ }).click();
  const video = learner.page.locator("video");
  await video.waitFor();
  await learner.page.waitForFunction(() => {
    const v = document.querySelector("video");
    return v !== null && v.readyState >= 1 && v.currentTime >= 3.5;
  });
  const at = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  expect(at).toBeGreaterThanOrEqual(3.5);
  expect(at).toBeLessThan(10);

  // then passes: a one-module profile, so the passport comes
  await learner.page.getByRole("button", { name: "Passer au questionnaire" }).click();
  await answer(learner.page, true);
  await learner.page.getByText("Félicitations ! Tu as obtenu ton passeport sécurité.").waitFor();
  const attempts = await db.attempt.findMany({
    where: { moduleId },
    orderBy: { startedAt: "asc" },
    select: { passed: true, version: { select: { number: true } } },
  });
  expect(attempts.map((a) => [a.passed, a.version.number])).toEqual([
    [false, 2],
    [true, 2],
  ]);
}, 180_000);
