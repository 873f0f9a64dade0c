// Item 9 of issue 17: "Mot de passe oublié" takes the same time whatever the identifier.
// Not a timing test (too noisy to fail honestly): the answer must come before any work that
// depends on the identifier. Nothing about the account is read, written or sent until the
// answer is out; then the queued job does it (bench/password-reset.ts measures the times).
import { db } from "@/lib/db";
import { DEMO, uniq } from "@/tests/helpers/demo";

const queued: (() => Promise<void>)[] = [];
jest.mock("next/server", () => ({ ...jest.requireActual("next/server"), after: (job: () => Promise<void>) => queued.push(job) }));
const lookups = jest.fn();
jest.mock("@/lib/auth/verify-credentials", () => {
  const actual = jest.requireActual("@/lib/auth/verify-credentials");
  return {
    ...actual,
    findAccountByIdentifier: (identifier: string) => {
      lookups(identifier);
      return actual.findAccountByIdentifier(identifier);
    },
  };
});
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => `192.0.2.${Math.floor(Math.random() * 250)}` }));

import { requestPasswordResetAction } from "@/lib/auth/actions";

afterAll(() => db.$disconnect());

it("answers known and unknown identifiers alike, before looking either up, then sends the link afterwards", async () => {
  const known = DEMO.learnerWithEmail;
  const unknown = `inconnu-${uniq()}@example.fr`;
  const mailsBefore = await db.emailOutbox.count({ where: { to: known, template: "password-reset" } });

  const answers = [await requestPasswordResetAction({ identifier: known }), await requestPasswordResetAction({ identifier: unknown })];
  // the same answer, the same single queued job each, and nothing looked up yet
  expect(answers).toEqual([
    { ok: true, data: null },
    { ok: true, data: null },
  ]);
  expect(queued).toHaveLength(2);
  expect(lookups).not.toHaveBeenCalled();
  expect(await db.emailOutbox.count({ where: { to: known, template: "password-reset" } })).toBe(mailsBefore);

  // after the answers: the queued jobs look both up, and only the account gets its link
  for (const job of queued.splice(0)) await job();
  expect(lookups).toHaveBeenCalledTimes(2);
  expect(await db.emailOutbox.count({ where: { to: known, template: "password-reset" } })).toBe(mailsBefore + 1);
  expect(await db.emailOutbox.count({ where: { to: unknown } })).toBe(0);
});
