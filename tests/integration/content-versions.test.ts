// Issue 12: versions of a module's content, languages, and what a learner sees after an attempt.
// Each test works on a module and a profile of its own (other test files read the demo ones).
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { markMediaSeen, startAttempt, submitAttempt } from "@/lib/learning/quiz";
import { setLearningLanguage } from "@/lib/learning/language";
import {
  createModule,
  draftOf,
  publishVersion,
  setQuestions,
  setTranslation,
  updateDraft,
  type QuestionInput,
  type VersionContentInput,
} from "@/lib/content/studio";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { getTrainerSession } from "@/lib/sessions/trainer-session";

afterAll(() => db.$disconnect());

const content = (title: string): VersionContentInput => ({
  title,
  summary: "Module de test",
  mediaKind: "SLIDES",
  mediaPath: "/media/accueil-regles-du-site/slide-1.svg",
  slides: [
    { image: "/media/accueil-regles-du-site/slide-1.svg", alt: "Accueil", text: "Présentez-vous à l'accueil." },
    { image: "/media/accueil-regles-du-site/slide-2.svg", alt: "Protocole", text: "Signez le protocole." },
  ],
  durationSeconds: 60,
  passMark: 100,
});

const question = (text: string, slide = 1): QuestionInput => ({
  text,
  explanation: `Explication : ${text}`,
  anchorSlide: slide,
  choices: [
    { text: "Juste", correct: true },
    { text: "Fausse", correct: false },
  ],
});

/** A published module of its own in a profile of its own, and a learner of that profile. */
async function setUp(questions: QuestionInput[] = [question("Version 1, question A"), question("Version 1, question B", 2)]) {
  const admin = await viewerOf(DEMO.admin);
  const slug = `test-${uniq()}`;
  const { moduleId, versionId } = await createModule(admin, { slug, snbpeCommon: false, content: content(`Module ${slug}`) });
  await setQuestions(admin, versionId, questions);
  await publishVersion(admin, versionId);
  const profile = await db.profile.create({
    data: { position: 1000, code: `P${uniq()}`.toUpperCase(), name: `Profil ${slug}`, modules: { create: { moduleId, position: 1 } } },
  });
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const account = await db.account.create({ data: { email: `apprenant-${uniq()}@example.fr`, mustSetPassword: false } });
  const person = await db.person.create({
    data: { accountId: account.id, companyId: company.id, firstName: "Test", lastName: `Version${uniq()}`, profileId: profile.id },
  });
  return { admin, moduleId, versionId, person, learner: async () => (await loadViewer(account.id))! };
}

/** The answers of an attempt, all right or all wrong (read from the database, as the server knows them). */
async function answers(attemptId: string, right: boolean) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const result: Record<string, string[]> = {};
  for (const d of attempt.drawnOrder as { questionId: string; choiceIds: string[] }[]) {
    const choices = await db.choice.findMany({ where: { id: { in: d.choiceIds } } });
    result[d.questionId] = choices.filter((c) => c.isCorrect === right).map((c) => c.id);
  }
  return result;
}

async function publishNewQuestion(admin: Awaited<ReturnType<typeof viewerOf>>, moduleId: string, text: string) {
  const draft = await draftOf(admin, moduleId);
  await setQuestions(admin, draft, [question(text), question("Version 2, question B", 2)]);
  await publishVersion(admin, draft);
  return draft;
}

describe("module versions (issue 12, item 4)", () => {
  it("keeps a learner mid-module on the version they started, and gives the next attempt the published one", async () => {
    const { admin, moduleId, versionId, learner } = await setUp();
    await markMediaSeen(await learner(), moduleId);
    const v2 = await publishNewQuestion(admin, moduleId, "Version 2, question A");
    expect(v2).not.toBe(versionId);

    // started before the publication: the questions of version 1
    const first = await startAttempt(await learner(), moduleId);
    expect(first.questions.map((q) => q.text).sort()).toEqual(["Version 1, question A", "Version 1, question B"]);
    const failed = await submitAttempt(await learner(), first.attemptId, await answers(first.attemptId, false));
    expect(failed.passed).toBe(false);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: first.attemptId } })).versionId).toBe(versionId);

    // the next attempt: the published version 2
    const second = await startAttempt(await learner(), moduleId);
    expect(second.questions.map((q) => q.text).sort()).toEqual(["Version 2, question A", "Version 2, question B"]);
    const passed = await submitAttempt(await learner(), second.attemptId, await answers(second.attemptId, true));
    expect(passed.passed).toBe(true);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: second.attemptId } })).versionId).toBe(v2);
  });

  it("keeps the version a passport was obtained with; history is never rewritten", async () => {
    const { admin, moduleId, versionId, person, learner } = await setUp();
    await markMediaSeen(await learner(), moduleId);
    const attempt = await startAttempt(await learner(), moduleId);
    const outcome = await submitAttempt(await learner(), attempt.attemptId, await answers(attempt.attemptId, true));
    expect(outcome.passport).not.toBeNull();

    await publishNewQuestion(admin, moduleId, "Version 2, question A");
    const path = await db.learningPath.findFirstOrThrow({ where: { personId: person.id }, include: { progress: true } });
    expect(path.passportId).toBe(outcome.passport!.id);
    expect(path.progress.map((p) => p.versionId)).toEqual([versionId]);
    // the retired version and its questions are still there, unchanged
    const old = await db.moduleVersion.findUniqueOrThrow({
      where: { id: versionId },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(old.status).toBe("RETIRED");
    expect(old.questions.map((q) => q.text)).toEqual(["Version 1, question A", "Version 1, question B"]);
    await expect(updateDraft(admin, versionId, content("Réécrire l'histoire"))).rejects.toThrow(/Une version publiée ne se modifie pas/);
    await expect(setQuestions(admin, versionId, [question("Réécrite")])).rejects.toThrow(/Une version publiée ne se modifie pas/);
  });

  it("edits one draft per module, copied from the published version", async () => {
    const { admin, moduleId, versionId } = await setUp();
    const [a, b] = await Promise.all([draftOf(admin, moduleId), draftOf(admin, moduleId)]);
    expect(a).toBe(b);
    const draft = await db.moduleVersion.findUniqueOrThrow({ where: { id: a }, include: { questions: { include: { choices: true } } } });
    expect(draft).toMatchObject({ status: "DRAFT", number: 2 });
    expect(draft.questions.map((q) => q.text).sort()).toEqual(["Version 1, question A", "Version 1, question B"]);
    expect(draft.questions.every((q) => q.choices.length === 2)).toBe(true);
    // the published version is still the learners' one
    expect((await db.module.findUniqueOrThrow({ where: { id: moduleId } })).currentVersionId).toBe(versionId);
  });

  it("refuses malformed questions and a video without captions, in French", async () => {
    const { admin, moduleId } = await setUp();
    const draft = await draftOf(admin, moduleId);
    const one = { ...question("Une seule réponse"), choices: [{ text: "Seule", correct: true }] };
    await expect(setQuestions(admin, draft, [one])).rejects.toThrow(/De 2 à 6 réponses/);
    const seven = { ...question("Sept réponses"), choices: Array.from({ length: 7 }, (_, i) => ({ text: `R${i}`, correct: i === 0 })) };
    await expect(setQuestions(admin, draft, [seven])).rejects.toThrow(/De 2 à 6 réponses/);
    const noRight = { ...question("Aucune juste"), choices: question("x").choices.map((c) => ({ ...c, correct: false })) };
    await expect(setQuestions(admin, draft, [noRight])).rejects.toThrow(/Cochez au moins une bonne réponse/);
    const nowhere = { ...question("Sans repère"), anchorSlide: null };
    await expect(setQuestions(admin, draft, [nowhere])).rejects.toThrow(/moment de la vidéo ou la diapositive/);
    await updateDraft(admin, draft, {
      ...content("Vidéo sans sous-titres"),
      mediaKind: "VIDEO",
      mediaPath: "/media/circulation-sur-site/video.webm",
      videoSources: [{ src: "/media/circulation-sur-site/video.webm", type: "video/webm" }],
      slides: [],
      captionsPath: null,
    });
    await expect(publishVersion(admin, draft)).rejects.toThrow(/sous-titres/);
  });

  it("grades a question with several right choices only when exactly those are chosen", async () => {
    const multi: QuestionInput = {
      text: "Quels EPI ?",
      explanation: "Casque et chaussures.",
      anchorSlide: 1,
      choices: [
        { text: "Casque", correct: true },
        { text: "Chaussures de sécurité", correct: true },
        { text: "Cravate", correct: false },
      ],
    };
    const { moduleId, learner } = await setUp([multi]);
    await markMediaSeen(await learner(), moduleId);
    const attempt = await startAttempt(await learner(), moduleId);
    expect(attempt.questions[0].multiple).toBe(true);
    const choices = await db.choice.findMany({ where: { questionId: attempt.questions[0].id } });
    const id = (text: string) => choices.find((c) => c.text === text)!.id;
    const partial = await submitAttempt(await learner(), attempt.attemptId, { [attempt.questions[0].id]: [id("Casque")] });
    expect(partial.score).toBe(0);
    const again = await startAttempt(await learner(), moduleId);
    const exact = await submitAttempt(await learner(), again.attemptId, {
      [again.questions[0].id]: [id("Casque"), id("Chaussures de sécurité")],
    });
    expect(exact).toMatchObject({ score: 100, passed: true });
  });
});

describe("learning from mistakes (issue 12, item 6)", () => {
  it("after a failure shows what was wrong, the explanation and where the media answers it, never the right choice; after a pass, the corrections", async () => {
    const { moduleId, learner } = await setUp();
    await markMediaSeen(await learner(), moduleId);
    const attempt = await startAttempt(await learner(), moduleId);
    const failed = await submitAttempt(await learner(), attempt.attemptId, await answers(attempt.attemptId, false));
    expect(failed.review).toHaveLength(2);
    for (const q of failed.review) {
      expect(q).toMatchObject({ right: false, rightChoices: null, chosen: [{ text: "Fausse" }] });
      expect(q.explanation).toBe(`Explication : ${q.text}`);
    }
    expect(failed.review.map((q) => q.anchor).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { slide: 1 },
      { slide: 2 },
    ]);
    expect(JSON.stringify(failed.review)).not.toContain('"Juste"');

    const again = await startAttempt(await learner(), moduleId);
    const passed = await submitAttempt(await learner(), again.attemptId, await answers(again.attemptId, true));
    expect(passed.review.every((q) => q.right && q.rightChoices?.[0].text === "Juste")).toBe(true);
  });
});

describe("languages (issue 12, item 5)", () => {
  it("gives a learner who chose English the English version, records it, and French where a module lacks it", async () => {
    const { admin, moduleId, person, learner } = await setUp();
    await db.person.update({ where: { id: person.id }, data: { language: "en" } });
    await markMediaSeen(await learner(), moduleId);
    const french = await startAttempt(await learner(), moduleId);
    expect(french.language).toBe("fr");
    expect(french.questions.map((q) => q.text).sort()).toEqual(["Version 1, question A", "Version 1, question B"]);
    await submitAttempt(await learner(), french.attemptId, await answers(french.attemptId, false));

    const draft = await draftOf(admin, moduleId);
    await setTranslation(admin, draft, {
      language: "en",
      title: "Test module",
      mediaPath: "/media/accueil-regles-du-site/slide-1.svg",
      // as many slides as the French version: questions point at them by number
      slides: [
        { image: "/media/accueil-regles-du-site/slide-1.svg", alt: "Welcome", text: "Report to reception." },
        { image: "/media/accueil-regles-du-site/slide-2.svg", alt: "Protocol", text: "Sign the protocol." },
      ],
      questions: [
        { text: "Version 1, question A in English", explanation: "Because.", choices: ["Right", "Wrong"] },
        { text: "Version 1, question B in English", explanation: "Because.", choices: ["Right", "Wrong"] },
      ],
    });
    await publishVersion(admin, draft);
    const english = await startAttempt(await learner(), moduleId);
    expect(english.language).toBe("en");
    expect(english.questions.map((q) => q.text).sort()).toEqual(["Version 1, question A in English", "Version 1, question B in English"]);
    expect(english.questions[0].choices.map((c) => c.text).sort()).toEqual(["Right", "Wrong"]);
    const outcome = await submitAttempt(await learner(), english.attemptId, await answers(english.attemptId, true));
    expect(outcome.passport).not.toBeNull();
    expect((await db.attempt.findUniqueOrThrow({ where: { id: english.attemptId } })).language).toBe("en");
    expect((await db.passport.findUniqueOrThrow({ where: { id: outcome.passport!.id } })).language).toBe("en");
  });

  it("lets a learner choose a language of the list only; a company login has no learner language", async () => {
    const { person, learner } = await setUp();
    await setLearningLanguage(await learner(), "pl");
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).language).toBe("pl");
    expect((await learner()).person!.language).toBe("pl");
    await expect(setLearningLanguage(await learner(), "xx")).rejects.toThrow("Choisis une langue de la liste.");
    await expect(setLearningLanguage(await viewerOf(DEMO.member), "en")).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("the demo content: every question is answered by its media, and a module exists in English with captions", async () => {
    const questions = await db.question.findMany({
      where: { version: { currentOf: { isNot: null } } },
      select: { anchorSeconds: true, anchorSlide: true },
    });
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.every((q) => q.anchorSeconds !== null || q.anchorSlide !== null)).toBe(true);
    const english = await db.moduleTranslation.findMany({ where: { language: "en", version: { currentOf: { isNot: null } } } });
    expect(english.length).toBeGreaterThanOrEqual(1);
    expect(english.some((t) => t.captionsPath?.endsWith(".vtt"))).toBe(true);
  });
});

describe("group sessions (issue 12, items 4 and 5)", () => {
  it("fix the versions shown when the session is created, and play them in the language the trainer picked", async () => {
    const trainer = await viewerOf(DEMO.trainer);
    const tag = uniq();
    const created = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "TRANSPORTEUR",
        language: "en",
        participants: [
          { lastName: `Langue${tag}`, firstName: "Test", email: `langue-${tag}@example.fr`, companyName: "Carrières Services Transports" },
        ],
      }),
    );
    const session = await db.awarenessSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    expect(session.language).toBe("en");
    const modules = await db.profileModule.findMany({ where: { profile: { code: "TRANSPORTEUR" } }, include: { module: true } });
    expect(session.moduleVersions).toEqual(Object.fromEntries(modules.map((m) => [m.moduleId, m.module.currentVersionId])));
    const shown = (await getTrainerSession(trainer, created.sessionId))!;
    // circulation-sur-site exists in English; the others are played in French
    const circulation = shown.modules.find((m) => m.content.mediaPath.includes("circulation-sur-site"))!;
    expect(circulation).toMatchObject({ title: "Traffic on site", content: { language: "en" } });
    expect(shown.modules.filter((m) => m !== circulation).every((m) => m.content.language === "fr")).toBe(true);
    await expect(
      Promise.resolve().then(() => createSessionSchema.parse({ profileCode: "TRANSPORTEUR", language: "xx", participants: [] })),
    ).rejects.toThrow();
  });
});

describe("who edits content (issue 12, item 8)", () => {
  it("refuses every role but administrators", async () => {
    const { moduleId, versionId } = await setUp();
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      const viewer = await viewerOf(who);
      await expect(createModule(viewer, { slug: `x-${uniq()}`, snbpeCommon: false, content: content("x") })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(draftOf(viewer, moduleId)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(updateDraft(viewer, versionId, content("x"))).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(setQuestions(viewer, versionId, [question("x")])).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(publishVersion(viewer, versionId)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
