// Issue 13, item 5: the help centre. The FAQ's French search ("epi" finds "Équipements de
// protection individuelle", accents and case ignored, ranked, matches marked, trigram
// fallback), its editing by administrators only, the contact form (proof of work for
// anonymous visitors, throttling, identity from the account) and the inbox whose answer lands
// in the outbox. The session lookup and the client address are stand-ins; the rest is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { searchFaq } from "@/lib/help/faq-search";
import { listFaqForAdmin } from "@/lib/help/faq";
import { getSupportRequest, listSupportRequests } from "@/lib/help/support";
import { MARK_END, MARK_START } from "@/lib/help/highlight";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { solveProofOfWork } from "@/tests/helpers/pow";

let current: Viewer | null = null;
let address = "198.51.100.1";
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => address }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import {
  answerSupportRequestAction,
  createFaqEntryAction,
  createFaqThemeAction,
  deleteFaqEntryAction,
  deleteFaqThemeAction,
  moveFaqEntryAction,
  moveFaqThemeAction,
  sendSupportRequestAction,
  setSupportStatusAction,
  updateFaqEntryAction,
  updateFaqThemeAction,
} from "@/lib/help/actions";

/** A word of letters only that no other row holds. */
const word = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

const OTHERS = ["referent", "member", "learnerWithEmail", "trainer", "controller"] as const;
let admin: Viewer;
let others: [string, Viewer | null][];
let themeId: string;

beforeAll(async () => {
  admin = await viewerOf(DEMO.admin);
  others = [["anonyme", null], ...(await Promise.all(OTHERS.map(async (k) => [k, await viewerOf(DEMO[k])] as [string, Viewer])))];
  current = admin;
  const theme = await createFaqThemeAction({ title: `Thème d'essai ${uniq()}` });
  if (!theme.ok) throw new Error(theme.error);
  themeId = theme.data.id;
});

afterAll(async () => {
  await db.faqEntry.deleteMany({ where: { themeId } });
  await db.faqTheme.deleteMany({ where: { id: themeId } });
  await db.$disconnect();
});

async function entry(question: string, answer: string, keywords = "") {
  current = admin;
  const res = await createFaqEntryAction({ themeId, question, answer, keywords });
  if (!res.ok) throw new Error(res.error);
  return res.data.id;
}

describe("FAQ search", () => {
  it('finds "Équipements de protection individuelle" for "epi", whatever the case and accents, and marks the words', async () => {
    const tag = word();
    const id = await entry(
      `Équipements de protection individuelle au poste ${tag} ?`,
      "Casque, chaussures de sécurité et gilet haute visibilité.",
    );
    for (const q of ["epi", "EPI", "Épi", `epi ${tag}`]) {
      const { mode, hits } = await searchFaq(q);
      expect({ q, mode }).toEqual({ q, mode: "texte" });
      expect(hits.map((h) => h.id)).toContain(id);
    }
    const hit = (await searchFaq("epi")).hits.find((h) => h.id === id)!;
    expect(hit.question).toContain(`${MARK_START}Équipements${MARK_END}`);
    expect(hit.question).toContain(`${MARK_START}individuelle${MARK_END}`);
    // accents and case, both ways
    for (const q of ["EQUIPEMENTS", "équipement", "equipements protection", "INDIVIDUELLE"]) {
      expect((await searchFaq(q)).hits.map((h) => h.id)).toContain(id);
    }
    // a word found nowhere in the entry leaves it out (every word must match)
    expect((await searchFaq(`epi ${word()}`)).hits.map((h) => h.id)).not.toContain(id);
  });

  it("finds the seeded FAQ's entry on personal protective equipment by its abbreviation", async () => {
    const { hits } = await searchFaq("epi");
    expect(hits.some((h) => h.question.replace(/[\uE000\uE001]/g, "").startsWith("Quels équipements de protection individuelle"))).toBe(
      true,
    );
  });

  it("ranks an entry naming the word in its question before one naming it in its answer only", async () => {
    const tag = word();
    const inAnswer = await entry("Où se garer sur le site ?", `Sur les parkings prévus, loin des pistes (${tag}).`);
    const inQuestion = await entry(`Qu'est-ce que le ${tag} ?`, "Une consigne propre à certains sites.");
    const { hits } = await searchFaq(tag);
    expect(hits.map((h) => h.id)).toEqual([inQuestion, inAnswer]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
  });

  it("falls back to trigram similarity for a misspelt word, without marks", async () => {
    const tag = word();
    const id = await entry(`Que faire du ${tag} ?`, "Le rapporter à l'accueil du site.");
    // a letter left out in the middle: no prefix of the stem matches any more
    const misspelt = `${tag.slice(0, 7)}${tag.slice(8)}`;
    const { mode, hits } = await searchFaq(misspelt);
    expect(mode).toBe("approche");
    expect(hits.map((h) => h.id)).toContain(id);
  });

  it("treats tsquery operators and quotes as plain text", async () => {
    for (const q of ["'", "epi & | ! <->", "):*(", "\\", "constructor", "__proto__"]) {
      await expect(searchFaq(q)).resolves.toHaveProperty("hits");
    }
  });
});

/** Calls the action as every visitor but an administrator: each is refused, and nothing is audited. */
async function refusedToEveryoneElse(action: (input: never) => Promise<{ ok: boolean; error?: string }>, input: object) {
  const before = await db.auditLog.count({ where: { action: { startsWith: "faq." } } });
  for (const [who, viewer] of others) {
    current = viewer;
    const result = await action(input as never);
    expect({ who, ok: result.ok, error: result.error }).toEqual({
      who,
      ok: false,
      error: viewer ? "Accès refusé." : "Votre session a expiré\u202f: reconnectez-vous.",
    });
  }
  current = admin;
  expect(await db.auditLog.count({ where: { action: { startsWith: "faq." } } })).toBe(before);
}

describe("FAQ editing", () => {
  it("is refused to every other visitor, actions and data functions alike", async () => {
    const id = await entry("Question à protéger ?", "Réponse à protéger des autres rôles.");
    await refusedToEveryoneElse(createFaqThemeAction, { title: `Intrus ${uniq()}` });
    await refusedToEveryoneElse(updateFaqThemeAction, { id: themeId, title: "Renommé par un intrus" });
    await refusedToEveryoneElse(deleteFaqThemeAction, { id: themeId });
    await refusedToEveryoneElse(moveFaqThemeAction, { id: themeId, direction: "up" });
    await refusedToEveryoneElse(createFaqEntryAction, {
      themeId,
      question: "Question d'un intrus ?",
      answer: "Réponse d'un intrus.",
      keywords: "",
    });
    await refusedToEveryoneElse(updateFaqEntryAction, {
      id,
      themeId,
      question: "Modifiée ?",
      answer: "Modifiée par un intrus.",
      keywords: "",
    });
    await refusedToEveryoneElse(deleteFaqEntryAction, { id });
    await refusedToEveryoneElse(moveFaqEntryAction, { id, direction: "down" });
    for (const [, viewer] of others) await expect(listFaqForAdmin(viewer)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.faqEntry.findUnique({ where: { id }, select: { question: true } })).toEqual({ question: "Question à protéger ?" });
  });

  it("lets administrators edit, order and delete entries and themes, each change audited", async () => {
    current = admin;
    const a = await entry("Première question d'ordre ?", "La première réponse.");
    const b = await entry("Deuxième question d'ordre ?", "La deuxième réponse.");
    expect((await moveFaqEntryAction({ id: b, direction: "up" })).ok).toBe(true);
    const order = await db.faqEntry.findMany({ where: { id: { in: [a, b] } }, orderBy: { position: "asc" }, select: { id: true } });
    expect(order.map((e) => e.id)).toEqual([b, a]);

    const tag = word();
    expect(
      (await updateFaqEntryAction({ id: a, themeId, question: `Question ${tag} ?`, answer: "Réponse modifiée.", keywords: "" })).ok,
    ).toBe(true);
    expect((await searchFaq(tag)).hits.map((h) => h.id)).toEqual([a]);

    // a marker of the search's headline is refused in the text itself
    const marked = await createFaqEntryAction({
      themeId,
      question: `Piège ${MARK_START}x${MARK_END} ?`,
      answer: "Une réponse piégée.",
      keywords: "",
    });
    expect(marked).toMatchObject({ ok: false, fieldErrors: { question: "La question contient un caractère non autorisé." } });

    // a theme holding questions is kept
    const kept = await deleteFaqThemeAction({ id: themeId });
    expect(kept).toMatchObject({ ok: false });
    expect(await db.faqTheme.count({ where: { id: themeId } })).toBe(1);

    expect((await deleteFaqEntryAction({ id: a })).ok).toBe(true);
    expect(await db.faqEntry.count({ where: { id: a } })).toBe(0);
    const audited = await db.auditLog.findMany({ where: { targetId: { in: [a, b] } }, select: { action: true, actorAccountId: true } });
    expect(new Set(audited.map((x) => x.action))).toEqual(
      new Set(["faq.entry.created", "faq.entry.moved", "faq.entry.updated", "faq.entry.deleted"]),
    );
    expect(audited.every((x) => x.actorAccountId === admin.accountId)).toBe(true);

    const empty = await createFaqThemeAction({ title: `Thème vide ${uniq()}` });
    if (!empty.ok) throw new Error(empty.error);
    expect(
      await createFaqThemeAction({ title: (await db.faqTheme.findUniqueOrThrow({ where: { id: empty.data.id } })).title.toUpperCase() }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { title: "Un thème porte déjà ce titre." },
    });
    expect((await deleteFaqThemeAction({ id: empty.data.id })).ok).toBe(true);
    expect(
      await db.auditLog.count({ where: { targetId: empty.data.id, action: { in: ["faq.theme.created", "faq.theme.deleted"] } } }),
    ).toBe(2);
  });
});

describe("contact form", () => {
  const request = (subject: string) => ({
    subject,
    message: "Je ne retrouve pas mon passeport dans mon espace.",
    name: "Paul Martin",
    email: "paul.martin@example.fr",
  });

  async function solved() {
    const { challenge, difficulty } = newChallenge();
    return { challenge, nonce: await solveProofOfWork(challenge, difficulty) };
  }

  it("asks anonymous visitors for a name, an e-mail and a proof of work", async () => {
    current = null;
    address = `198.51.100.${10 + Math.floor(Math.random() * 200)}`;
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:${address}` } });
    const missing = await sendSupportRequestAction({ ...request("Sans identité"), name: "", email: "" });
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { name: "Saisissez votre nom.", email: expect.stringContaining("adresse e-mail") },
    });
    const subject = `Sans preuve ${uniq()}`;
    const noProof = await sendSupportRequestAction({ ...request(subject), challenge: "faux", nonce: "0" });
    expect(noProof).toMatchObject({ ok: false, error: expect.stringContaining("anti-robot") });
    expect(await db.supportRequest.count({ where: { subject } })).toBe(0);

    const ok = await sendSupportRequestAction({ ...request(`Avec preuve ${uniq()}`), ...(await solved()) });
    expect(ok).toEqual({ ok: true, data: null });
  });

  it("throttles anonymous visitors per address: the sixth request within an hour is refused", async () => {
    current = null;
    address = `198.51.100.${10 + Math.floor(Math.random() * 200)}`;
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:${address}` } });
    const tag = uniq();
    for (let i = 1; i <= 5; i++)
      expect(await sendSupportRequestAction({ ...request(`Demande ${i} ${tag}`), ...(await solved()) })).toMatchObject({ ok: true });
    const sixth = await sendSupportRequestAction({ ...request(`Demande 6 ${tag}`), ...(await solved()) });
    expect(sixth).toEqual({ ok: false, error: "Trop de demandes d'assistance en peu de temps. Réessayez dans une heure." });
    expect(await db.supportRequest.count({ where: { subject: { endsWith: tag } } })).toBe(5);
    // another address is not affected
    address = "198.51.100.250";
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:${address}` } });
    expect(await sendSupportRequestAction({ ...request(`Demande 7 ${tag}`), ...(await solved()) })).toMatchObject({ ok: true });
  });

  it("identifies logged-in visitors by their account, without proof of work, and throttles them per account", async () => {
    const learner = await viewerOf(DEMO.learnerWithEmail);
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:compte:${learner.accountId}` } });
    current = learner;
    const subject = `Connectée ${uniq()}`;
    // a typed name and e-mail do not replace the account's identity
    expect(await sendSupportRequestAction({ ...request(subject), name: "Quelqu'un d'autre", email: "autre@example.fr" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await db.supportRequest.findFirst({ where: { subject }, select: { name: true, email: true, accountId: true } })).toEqual({
      name: `${learner.person!.firstName} ${learner.person!.lastName}`,
      email: DEMO.learnerWithEmail,
      accountId: learner.accountId,
    });
    for (let i = 2; i <= 5; i++) expect(await sendSupportRequestAction(request(`${subject} ${i}`))).toMatchObject({ ok: true });
    expect(await sendSupportRequestAction(request(`${subject} 6`))).toMatchObject({
      ok: false,
      error: expect.stringContaining("Trop de demandes"),
    });
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:compte:${learner.accountId}` } });

    // an account without an e-mail gives one for the answer
    const noEmail = await viewerOf(DEMO.learnerWithUniqueId);
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:compte:${noEmail.accountId}` } });
    current = noEmail;
    expect(await sendSupportRequestAction({ ...request("Sans e-mail"), email: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String) },
    });
    expect(await sendSupportRequestAction({ ...request(`Avec e-mail ${uniq()}`), email: "transporteur@example.fr" })).toMatchObject({
      ok: true,
    });
    await db.rateLimit.deleteMany({ where: { key: `supportRequest:compte:${noEmail.accountId}` } });
  });
});

describe("inbox Demandes d'assistance", () => {
  let requestId: string;
  beforeAll(async () => {
    const row = await db.supportRequest.create({
      data: {
        subject: `Passeport introuvable ${uniq()}`,
        message: "Bonjour, mon passeport n'apparaît pas.",
        name: "Paul Martin",
        email: "paul.martin@example.fr",
      },
    });
    requestId = row.id;
  });

  it("is refused to every other visitor", async () => {
    for (const [who, viewer] of others) {
      current = viewer;
      const expected = viewer ? "Accès refusé." : "Votre session a expiré\u202f: reconnectez-vous.";
      expect({ who, ...(await setSupportStatusAction({ id: requestId, status: "DONE" })) }).toMatchObject({
        who,
        ok: false,
        error: expected,
      });
      expect({ who, ...(await answerSupportRequestAction({ id: requestId, answer: "Une réponse d'intrus." })) }).toMatchObject({
        who,
        ok: false,
        error: expected,
      });
      await expect(listSupportRequests(viewer, "ALL")).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(getSupportRequest(viewer, requestId)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, answer: true } })).toEqual({
      status: "NEW",
      answer: null,
    });
    expect(await db.emailOutbox.count({ where: { template: "support-answer", text: { contains: "intrus" } } })).toBe(0);
  });

  it("lets administrators set the status and answer: the answer lands in the outbox, the request is traitée, both audited", async () => {
    current = admin;
    expect((await listSupportRequests(admin, "NEW")).requests.map((r) => r.id)).toContain(requestId);
    expect(await setSupportStatusAction({ id: requestId, status: "IN_PROGRESS" })).toEqual({ ok: true, data: null });
    expect((await listSupportRequests(admin, "IN_PROGRESS")).requests.map((r) => r.id)).toContain(requestId);

    const answer = `Bonjour, votre passeport est dans MES PASSEPORTS. ${uniq()}`;
    expect(await answerSupportRequestAction({ id: requestId, answer: "court" })).toMatchObject({
      ok: false,
      fieldErrors: { answer: expect.any(String) },
    });
    expect(await answerSupportRequestAction({ id: requestId, answer })).toEqual({ ok: true, data: null });
    const row = await db.supportRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({ status: "DONE", answer, answeredById: admin.accountId });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { template: "support-answer", text: { contains: answer } } });
    expect(mail).toMatchObject({ to: "paul.martin@example.fr", status: "PENDING" });
    expect(mail.subject).toContain("Réponse à votre demande d'assistance");
    expect(mail.html).toContain(answer);
    const audited = await db.auditLog.findMany({
      where: { targetId: requestId },
      orderBy: { at: "asc" },
      select: { action: true, actorAccountId: true },
    });
    expect(audited).toEqual([
      { action: "support.status_changed", actorAccountId: admin.accountId },
      { action: "support.answered", actorAccountId: admin.accountId },
    ]);
  });
});
