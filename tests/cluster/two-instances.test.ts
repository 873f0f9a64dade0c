// Issue 16, item 1: two instances behind nginx (round robin, no sticky sessions) behave as one
// platform: a session opened on one is honoured by the other, a learner's path alternating
// between them loses no step, and a passport's QR code answers the same from both.
import type pg from "pg";
import { db } from "@/lib/db";
import { signPassportCredential } from "@/lib/passports/passport-credential";
import { LearnerClient, learningActions, profileModules, rightAnswers, seedLearners } from "@/tests/helpers/learner-client";
import { uniq } from "@/tests/helpers/demo";
import { INSTANCES, NGINX, mainText, pgClient, takeModule, type StepLog } from "./cluster";

let client: pg.Client;
beforeAll(async () => {
  client = await pgClient();
});
afterAll(async () => {
  await client.end();
  await db.$disconnect();
});

const [A, B] = INSTANCES;

it("runs two instances behind nginx, which alternates between them", async () => {
  expect(INSTANCES).toHaveLength(2);
  const upstreams: string[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${NGINX}/api/sante`);
    expect(res.status).toBe(200);
    upstreams.push(res.headers.get("x-upstream")!);
  }
  const ports = INSTANCES.map((i) => `127.0.0.1:${new URL(i.url).port}`);
  expect(new Set(upstreams)).toEqual(new Set(ports));
  // round robin, no stickiness: never the same instance twice in a row
  for (let i = 1; i < upstreams.length; i++) expect(upstreams[i]).not.toBe(upstreams[i - 1]);
});

it("honours on one instance a login made through the other", async () => {
  const [email] = await seedLearners(client, { count: 1, prefix: `session-${uniq()}` });
  const learner = new LearnerClient(A.url);
  expect((await learner.login(email)).status).toBe(200);
  const onB = await learner.request("/espace/parcours", {}, B.url);
  expect(onB.status).toBe(200);
  expect(onB.body).toContain("Valider mon parcours");
  // and without the cookie, B sends the visitor to the login
  const anonymous = await fetch(`${B.url}/espace/parcours`, { redirect: "manual" });
  expect(anonymous.status).toBe(307);
});

it("keeps every step of a learner's path taken on alternating instances", async () => {
  const [email] = await seedLearners(client, { count: 1, prefix: `alterne-${uniq()}` });
  const modules = await profileModules(client, "ADMINISTRATIF");
  const right = await rightAnswers(client);
  const actions = learningActions();
  const learner = new LearnerClient(B.url);
  expect((await learner.login(email)).status).toBe(200);
  const log: StepLog[] = [];
  let passport: { number: string } | null = null;
  for (const [i, moduleId] of modules.entries()) {
    // media seen on one instance, attempt started on the other, answers sent to the first
    const bases: [string, string, string] = i % 2 ? [A.url, B.url, A.url] : [B.url, A.url, B.url];
    const result = await takeModule(learner, moduleId, actions, right, log, bases);
    expect(result.outcome?.passed).toBe(true);
    passport = result.outcome?.passport ?? passport;
  }
  expect(log.every((l) => l.ok)).toBe(true);
  expect(log).toHaveLength(modules.length * 3);
  expect(passport?.number).toMatch(/^PS-/);
  const person = await db.person.findFirstOrThrow({ where: { account: { email } }, select: { id: true } });
  const progress = await db.moduleProgress.findMany({
    where: { path: { personId: person.id } },
    select: { mediaSeenAt: true, passedAt: true },
  });
  expect(progress).toHaveLength(modules.length);
  expect(progress.every((p) => p.mediaSeenAt && p.passedAt)).toBe(true);
  const attempts = await db.attempt.count({ where: { personId: person.id, submittedAt: { not: null }, passed: true } });
  expect(attempts).toBe(modules.length);
  // the path page of either instance shows it complete
  for (const base of [A.url, B.url]) {
    const page = await learner.request("/espace/parcours", {}, base);
    expect(mainText(page.body)).toContain(`ton passeport n° ${passport!.number}`);
  }
});

it("answers a passport's QR code identically from both instances", async () => {
  const passport = await db.passport.findUniqueOrThrow({
    where: { number: "PS-2026-7K4M9Q" },
    select: {
      number: true,
      expiresAt: true,
      person: { select: { firstName: true, lastName: true } },
      company: { select: { name: true } },
      profile: { select: { name: true } },
    },
  });
  const token = await signPassportCredential({
    number: passport.number,
    lastName: passport.person.lastName,
    firstName: passport.person.firstName,
    companyName: passport.company.name,
    profileName: passport.profile.name,
    expiresAt: passport.expiresAt,
  });
  const pages = await Promise.all(INSTANCES.map(async (i) => fetch(`${i.url}/verification/${token}`)));
  expect(pages.map((p) => p.status)).toEqual([200, 200]);
  const [a, b] = await Promise.all(pages.map(async (p) => mainText(await p.text())));
  expect(a).toContain("Valide");
  expect(a).toContain(passport.person.lastName.toUpperCase());
  expect(b).toBe(a);
  // a forged code: the same refusal from both
  const forged = await Promise.all(INSTANCES.map(async (i) => fetch(`${i.url}/verification/${token.slice(0, -4)}AAAA`)));
  expect(forged.map((p) => p.status)).toEqual([404, 404]);
  const [fa, fb] = await Promise.all(forged.map(async (p) => mainText(await p.text())));
  expect(fb).toBe(fa);
});
