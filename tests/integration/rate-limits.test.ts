// Item 8 of issue 17: the public look-ups have per-address limits (per account for the
// controller's check by number), counted in PostgreSQL so that every instance shares them,
// and answer a French message (HTTP 429 for the verification page) once exceeded.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { consumeRateLimit, LIMITS } from "@/lib/rate-limit/rate-limit";
import { PEER_HEADER } from "@/lib/http/client-address";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { DEMO, newSiret, uniq } from "@/tests/helpers/demo";

let address: string | null = null;
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => address }));
// "Mot de passe oublié" queues its work with Next.js's after(), which needs a request: dropped here
jest.mock("next/server", () => ({ ...jest.requireActual("next/server"), after: () => {} }));
let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { registerSubcontractorAction, searchRegisteredCompaniesAction } from "@/lib/companies/actions";
import { selfRegisterAction } from "@/lib/people/actions";
import { checkPassportAction } from "@/lib/passports/actions";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import { GET as verificationPage } from "@/app/(public)/verification/[token]/route";

const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }) });
afterAll(async () => {
  await other.$disconnect();
  await db.$disconnect();
});

/** A fresh documentation address, so that no other test shares its counters. */
const freshAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** Spends a limit's whole budget for a subject, as earlier requests would have. */
async function exhaust(name: keyof typeof LIMITS, subject: string) {
  await db.rateLimit.upsert({
    where: { key: `${name}:${subject}` },
    create: { key: `${name}:${subject}`, hits: LIMITS[name].points, expiresAt: new Date(Date.now() + 60_000) },
    update: { hits: LIMITS[name].points, expiresAt: new Date(Date.now() + 60_000) },
  });
}

describe("rate limits of the public look-ups (issue 17, item 8)", () => {
  it("limits the anonymous company search per address, and only that address", async () => {
    address = freshAddress();
    for (let i = 0; i < LIMITS.companySearch.points; i++) {
      expect((await searchRegisteredCompaniesAction({ q: "Carrières" })).ok).toBe(true);
    }
    expect(await searchRegisteredCompaniesAction({ q: "Carrières" })).toEqual({ ok: false, error: LIMITS.companySearch.message });
    address = freshAddress();
    expect(await searchRegisteredCompaniesAction({ q: "Carrières" })).toMatchObject({ ok: true });
  });

  it("shares the counters between instances through PostgreSQL", async () => {
    const subject = freshAddress();
    const half = LIMITS.passwordReset.points / 2;
    // half the budget spent through this process's pool, half through another "instance"
    for (let i = 0; i < half; i++) expect((await consumeRateLimit("passwordReset", subject)).allowed).toBe(true);
    for (let i = 0; i < half; i++) expect((await consumeRateLimit("passwordReset", subject, new Date(), other)).allowed).toBe(true);
    expect((await consumeRateLimit("passwordReset", subject, new Date(), other)).allowed).toBe(false);
    expect((await consumeRateLimit("passwordReset", subject)).allowed).toBe(false);
    // a new window starts afresh
    const later = new Date(Date.now() + (LIMITS.passwordReset.windowSeconds + 1) * 1000);
    expect((await consumeRateLimit("passwordReset", subject, later)).allowed).toBe(true);
  });

  it("limits the forgotten-password form per address", async () => {
    address = freshAddress();
    for (let i = 0; i < LIMITS.passwordReset.points; i++) {
      expect((await requestPasswordResetAction({ identifier: `inconnu-${uniq()}@example.fr` })).ok).toBe(true);
    }
    expect(await requestPasswordResetAction({ identifier: DEMO.learnerWithEmail })).toEqual({
      ok: false,
      error: LIMITS.passwordReset.message,
    });
  });

  it("limits the registrations per address, before anything is created", async () => {
    address = freshAddress();
    await exhaust("registration", address);
    const email = `limite-${uniq()}@example.fr`;
    const res = await registerSubcontractorAction({
      useVat: false,
      siret: newSiret(),
      name: `Limitée ${uniq()}`,
      regions: ["BRETAGNE"],
      referentLastName: "Durand",
      referentFirstName: "Anne",
      referentEmail: email,
      referentEmailConfirmation: email,
      newPassword: "Gravier-Rouge-Lundi-26",
      passwordConfirmation: "Gravier-Rouge-Lundi-26",
      challenge: "pas-résolu",
      nonce: "0",
    });
    expect(res).toEqual({ ok: false, error: LIMITS.registration.message });
    expect(await db.account.findUnique({ where: { email } })).toBeNull();
    const self = await selfRegisterAction({
      firstName: "Inès",
      lastName: "Limite",
      email,
      emailConfirmation: email,
      companyId: "c",
      isHauler: false,
      isTechnical: false,
      challenge: "pas-résolu",
      nonce: "0",
    });
    expect(self).toEqual({ ok: false, error: LIMITS.registration.message });
  });

  it("limits the controller's check by number per account", async () => {
    const tag = uniq();
    const account = await db.account.create({
      data: { email: `controleur-${tag}@example.fr`, passwordHash: await hashPassword("Gravier-Rouge-Lundi-26"), mustSetPassword: false },
    });
    const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
    await db.person.create({
      data: { accountId: account.id, companyId: company.id, firstName: "Contrôle", lastName: `Limite${tag}`, roles: ["CONTROLLER"] },
    });
    current = await loadViewer(account.id);
    expect(await checkPassportAction({ value: "PS-2026-7K4M9Q" })).toMatchObject({ ok: true, data: { result: "VALID" } });
    await exhaust("passportCheck", account.id);
    expect(await checkPassportAction({ value: "PS-2026-7K4M9Q" })).toEqual({ ok: false, error: LIMITS.passportCheck.message });
    // another controller is not affected
    current = await loadViewer((await db.account.findUniqueOrThrow({ where: { email: DEMO.controller } })).id);
    expect((await checkPassportAction({ value: "PS-2026-7K4M9Q" })).ok).toBe(true);
  });

  it("answers the public verification page with HTTP 429 and a French message past the limit", async () => {
    const peer = freshAddress();
    const open = () =>
      verificationPage(
        new Request("http://localhost/verification/x", { headers: { [PEER_HEADER]: peer, "x-forwarded-for": freshAddress() } }),
        {
          params: Promise.resolve({ token: "pas-un-jeton" }),
        },
      );
    for (let i = 0; i < LIMITS.verification.points; i++) expect((await open()).status).toBe(404);
    const refused = await open();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Trop de vérifications depuis votre adresse");
  });
});
