// Issue 12: the studio's pages' data layer — drafts changed piece by piece, what keeps a draft
// from being published, abandoning a draft, previews that record nothing, a PDF turned into
// slides, and the refusals of every role but administrators.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import {
  createModuleFromStudio,
  discardDraft,
  draftOf,
  getStudioModule,
  getStudioVersion,
  patchDraft,
  publishVersion,
  setModuleSettings,
  setQuestions,
  type QuestionInput,
} from "@/lib/content/studio";
import { getPreview, startPreviewQuiz, submitPreviewQuiz } from "@/lib/content/preview";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { pdfToSlides } from "@/lib/media/pdf-slides";
import { localMediaStore } from "@/lib/media/storage";
import { closePdfBrowser, renderPdf } from "@/lib/pdf/render-pdf";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(async () => {
  await closePdfBrowser();
  await db.$disconnect();
});

const slides = [
  { image: "/media/accueil-regles-du-site/slide-1.svg", alt: "Accueil", text: "Présentez-vous à l'accueil." },
  { image: "/media/accueil-regles-du-site/slide-2.svg", alt: "Protocole", text: "Signez le protocole." },
];
const question = (text: string, slide: number | null = 1): QuestionInput => ({
  text,
  explanation: `Explication : ${text}`,
  anchorSlide: slide,
  anchorSeconds: null,
  choices: [
    { text: "Juste", correct: true },
    { text: "Fausse", correct: false },
  ],
});

async function newModule(mediaKind: "VIDEO" | "SLIDES" = "SLIDES") {
  const admin = await viewerOf(DEMO.admin);
  const created = await createModuleFromStudio(admin, {
    title: `Module studio ${uniq()}`,
    summary: "Créé par le test",
    mediaKind,
    durationMinutes: 4,
    passMark: 50,
    snbpeCommon: false,
  });
  return { admin, ...created };
}

describe("the studio's drafts (issue 12, items 2–4)", () => {
  it("creates a module in draft, names it from its title, and lists what keeps it from being published", async () => {
    const { admin, moduleId, versionId } = await newModule();
    const mod = await db.module.findUniqueOrThrow({ where: { id: moduleId } });
    expect(mod.slug).toMatch(/^module-studio-/);
    expect(mod.currentVersionId).toBeNull();
    const draft = (await getStudioVersion(admin, versionId))!;
    expect(draft.content.durationSeconds).toBe(240);
    expect(draft.problems).toEqual(["Ajoutez au moins une diapositive.", "Ajoutez au moins une question."]);
    await expect(publishVersion(admin, versionId)).rejects.toThrow(/Publication impossible : Ajoutez au moins une diapositive/);

    // slides, then a question answered by a slide that does not exist
    await patchDraft(admin, versionId, { slides });
    await setQuestions(admin, versionId, [question("Où se présenter ?", 3)]);
    expect((await getStudioVersion(admin, versionId))!.problems).toEqual([
      "Question 1 : indiquez une diapositive du module (1 à 2) qui y répond.",
    ]);
    await setQuestions(admin, versionId, [question("Où se présenter ?", 1)]);
    // a change of one part keeps the others
    await patchDraft(admin, versionId, { title: "Accueil du site", passMark: 100 });
    const v = (await getStudioVersion(admin, versionId))!;
    expect(v.content).toMatchObject({ title: "Accueil du site", passMark: 100, durationSeconds: 240, summary: "Créé par le test" });
    expect(v.content.slides).toHaveLength(2);
    expect(v.problems).toEqual([]);
    await publishVersion(admin, versionId);
    const published = await db.module.findUniqueOrThrow({ where: { id: moduleId } });
    expect(published).toMatchObject({ currentVersionId: versionId, title: "Accueil du site" });
  });

  it("asks a video for its file, its captions and the moment answering each question", async () => {
    const { admin, versionId } = await newModule("VIDEO");
    await setQuestions(admin, versionId, [{ ...question("Quand ?", null), anchorSeconds: null, anchorSlide: 1 }]);
    expect((await getStudioVersion(admin, versionId))!.problems).toEqual([
      "Déposez la vidéo du module.",
      "Une vidéo se publie avec ses sous-titres (fichier WebVTT).",
      "Question 1 : indiquez le moment de la vidéo qui y répond.",
    ]);
    await expect(patchDraft(admin, versionId, { mediaPath: "/etc/passwd" })).rejects.toThrow(
      /Choisissez un média déposé sur la plateforme/,
    );
  });

  it("abandons a draft, never the only version nor a published one", async () => {
    const { admin, moduleId, versionId } = await newModule();
    await expect(discardDraft(admin, versionId)).rejects.toThrow("Ce brouillon est la seule version du module");
    await patchDraft(admin, versionId, { slides });
    await setQuestions(admin, versionId, [question("Q")]);
    await publishVersion(admin, versionId);
    await expect(discardDraft(admin, versionId)).rejects.toThrow("Une version publiée ne se modifie pas");
    const draft = await draftOf(admin, moduleId);
    await patchDraft(admin, draft, { title: "Titre jamais publié" });
    await discardDraft(admin, draft);
    expect(await db.moduleVersion.findUnique({ where: { id: draft } })).toBeNull();
    expect((await db.module.findUniqueOrThrow({ where: { id: moduleId } })).currentVersionId).toBe(versionId);
    const page = (await getStudioModule(admin, moduleId))!;
    expect(page.versions.map((v) => v.status)).toEqual(["PUBLISHED"]);
  });

  it("keeps a module out of new paths until it is published, and once archived", async () => {
    const { admin, moduleId, versionId } = await newModule();
    const profile = await db.profile.create({
      data: {
        position: 1000,
        code: `S${uniq()}`.toUpperCase(),
        name: `Profil studio ${uniq()}`,
        modules: { create: { moduleId, position: 1 } },
      },
    });
    const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
    const account = await db.account.create({ data: { email: `studio-${uniq()}@example.fr`, mustSetPassword: false } });
    const person = await db.person.create({
      data: { accountId: account.id, companyId: company.id, firstName: "Studio", lastName: `Test${uniq()}`, profileId: profile.id },
    });
    const modulesOfPath = async (now: Date) => {
      await db.learningPath.deleteMany({ where: { personId: person.id } });
      const pathId = await ensureCurrentPath(db as never, person.id, now);
      return (await db.moduleProgress.findMany({ where: { pathId: pathId! } })).map((p) => p.moduleId);
    };
    expect(await modulesOfPath(new Date())).toEqual([]);
    await patchDraft(admin, versionId, { slides });
    await setQuestions(admin, versionId, [question("Q")]);
    await publishVersion(admin, versionId);
    expect(await modulesOfPath(new Date())).toEqual([moduleId]);
    await setModuleSettings(admin, moduleId, { snbpeCommon: true, active: false });
    expect(await modulesOfPath(new Date())).toEqual([]);
    expect(await db.module.findUniqueOrThrow({ where: { id: moduleId } })).toMatchObject({ snbpeCommon: true, active: false });
  });
});

describe("previews (issue 12, item 4)", () => {
  it("shows a draft as a learner takes it, grades it, and records nothing", async () => {
    const { admin, versionId } = await newModule();
    await patchDraft(admin, versionId, { slides });
    await setQuestions(admin, versionId, [question("Où se présenter ?", 1), question("Que signer ?", 2)]);
    const preview = (await getPreview(admin, versionId, "en"))!;
    // no English yet: French
    expect(preview).toMatchObject({ language: "fr", status: "DRAFT", mediaKind: "SLIDES" });
    const quiz = await startPreviewQuiz(admin, versionId, "fr");
    expect(quiz.questions).toHaveLength(2);
    expect(JSON.stringify(quiz)).not.toMatch(/isCorrect|correct/);
    const before = await db.attempt.count();
    const rightOf = async (questionId: string) => (await db.choice.findMany({ where: { questionId, isCorrect: true } })).map((c) => c.id);
    const first = quiz.questions.find((q) => q.text === "Où se présenter ?")!;
    const second = quiz.questions.find((q) => q.text === "Que signer ?")!;
    const outcome = await submitPreviewQuiz(admin, versionId, "fr", {
      [first.id]: await rightOf(first.id),
      [second.id]: [second.choices.find((c) => c.text === "Fausse")!.id],
    });
    expect(outcome).toMatchObject({ score: 50, passed: true, passport: null });
    expect(outcome.review.find((r) => r.questionId === second.id)).toMatchObject({ right: false, anchor: { slide: 2 } });
    expect(await db.attempt.count()).toBe(before);
  });
});

describe("a PDF turned into slides (issue 12, item 2)", () => {
  it("makes one image per page, with the page's text, stored by its bytes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "medias-"));
    try {
      const pdf = await renderPdf(
        `<html><body><section style="page-break-after:always"><h1>Port des EPI</h1><p>Casque et gilet.</p></section>
         <section><h1>Circulation</h1><p>Piétons à gauche.</p></section></body></html>`,
      );
      const made = await pdfToSlides(new Uint8Array(pdf), localMediaStore(dir));
      expect(made).toHaveLength(2);
      expect(made[0]).toMatchObject({ alt: "Port des EPI" });
      expect(made[0].text).toContain("Casque et gilet.");
      expect(made[1].alt).toBe("Circulation");
      for (const s of made) expect(s.image).toMatch(/^\/medias\/[a-f0-9]{64}\.png$/);
      await expect(pdfToSlides(new TextEncoder().encode("MZ pas un PDF"), localMediaStore(dir))).rejects.toThrow(/n'est pas un PDF/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("who uses the studio (issue 12, item 8)", () => {
  it("refuses every role but administrators, reads included", async () => {
    const { moduleId, versionId } = await newModule();
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      const viewer = await viewerOf(who);
      const refused = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(AccessDeniedError);
      await refused(
        createModuleFromStudio(viewer, {
          title: "x",
          summary: "",
          mediaKind: "VIDEO",
          durationMinutes: 1,
          passMark: 50,
          snbpeCommon: false,
        }),
      );
      await refused(patchDraft(viewer, versionId, { title: "x" }));
      await refused(discardDraft(viewer, versionId));
      await refused(setModuleSettings(viewer, moduleId, { snbpeCommon: false, active: true }));
      await refused(getStudioModule(viewer, moduleId));
      await refused(getStudioVersion(viewer, versionId));
      await refused(getPreview(viewer, versionId, "fr"));
      await refused(startPreviewQuiz(viewer, versionId, "fr"));
      await refused(submitPreviewQuiz(viewer, versionId, "fr", {}));
    }
  });
});
