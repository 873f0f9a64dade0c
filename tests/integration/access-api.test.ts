// Issue 18, item 6: the access-control API. No key, a revoked key, another company's key
// (works for any passport, logged to its own company), the rate limit per key, the QR content
// in both formats, and the keys' management refused to every other role.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { createApiKey, listApiKeys, revokeApiKey, hashApiKey } from "@/lib/api/api-keys";
import { apiCheck, UNAUTHORIZED } from "@/lib/api/passport-api";
import { createSite } from "@/lib/sites/sites";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { signPassportToken } from "@/lib/passports/verification-token";
import { LIMITS } from "@/lib/rate-limit/rate-limit";
import { DEMO, passportIdOf, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api/actions";
import { GET as getByNumber } from "@/app/api/v1/passeports/[numero]/route";
import { POST as postVerification } from "@/app/api/v1/verifications/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";

afterAll(() => db.$disconnect());
// a company has at most 20 active keys: the demo member's keys of earlier runs are revoked first
beforeEach(() =>
  db.apiKey.updateMany({ where: { company: { memberNumber: "A10427" }, revokedAt: null }, data: { revokedAt: new Date() } }),
);

const address = "192.0.2.77";
const jean = {
  number: "PS-2026-7K4M9Q",
  lastName: "Dupont",
  firstName: "Jean",
  companyName: "Carrières Services Transports",
  profileName: "Salarié technique",
  expiresAt: new Date("2030-01-01"),
};

async function otherMember() {
  const company = await registeredCompany();
  await db.company.update({ where: { id: company.id }, data: { kind: "MEMBER", memberNumber: `T${uniq().slice(-7).toUpperCase()}` } });
  return { id: company.id, viewer: await viewerOf(company.email) };
}

const lastCheck = (apiKeyId: string) => db.passportCheck.findFirstOrThrow({ where: { apiKeyId }, orderBy: { checkedAt: "desc" } });

describe("access-control API", () => {
  it("refuses a call without a key, with an unknown key and with a revoked key", async () => {
    expect(await apiCheck({ key: null, address }, { number: "PS-2026-7K4M9Q" })).toMatchObject({
      status: 401,
      body: { erreur: UNAUTHORIZED },
    });
    expect((await apiCheck({ key: "psk_inconnue", address }, { number: "PS-2026-7K4M9Q" })).status).toBe(401);
    const member = await viewerOf(DEMO.member);
    const { id, key } = await createApiKey(member, { name: `Tourniquet ${uniq()}` });
    expect((await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" })).status).toBe(200);
    await revokeApiKey(member, id);
    const refused = await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" });
    expect(refused.status).toBe(401);
    expect(await db.passportCheck.count({ where: { apiKeyId: id } })).toBe(1); // the refused call is no check
    // through the route handler: no key at all
    const res = await getByNumber(new Request("http://localhost/api/v1/passeports/PS-2026-7K4M9Q"), {
      params: Promise.resolve({ numero: "PS-2026-7K4M9Q" }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("answers by number and logs the check for the key's company and site; the key is stored hashed", async () => {
    const member = await viewerOf(DEMO.member);
    const site = await createSite(member, { name: `Entrée nord ${uniq()}`, commune: "Saumur" });
    const { id, key } = await createApiKey(member, { name: "Tourniquet", siteId: site.id });
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored)).not.toContain(key);
    expect((await listApiKeys(member)).find((k) => k.id === id)?.prefix).toBe(key.slice(0, 10));

    const res = await getByNumber(
      new Request("http://localhost/api/v1/passeports/ps20267k4m9q", { headers: { authorization: `Bearer ${key}` } }),
      { params: Promise.resolve({ numero: "ps20267k4m9q" }) },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      resultat: "VALIDE",
      libelle: "Valide",
      numero: "PS-2026-7K4M9Q",
      titulaire: { nom: "Dupont", prenom: "Jean" },
      entreprise: "Carrières Services Transports",
      profil: "Salarié technique",
    });
    expect(await lastCheck(id)).toMatchObject({ channel: "API", result: "VALID", companyId: member.company!.id, siteId: site.id });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    const unknown = await apiCheck({ key, address }, { number: "PS-2026-ZZZZZZ" });
    expect(unknown.body).toEqual({ resultat: "INCONNU", libelle: "Inconnu", numero: "PS-2026-ZZZZZZ" });
  });

  it("another member company's key works for any passport and is logged to its own company", async () => {
    const other = await otherMember();
    const { id, key } = await createApiKey(other.viewer, { name: "Poste de garde" });
    const reply = await apiCheck({ key, address }, { number: "PS-2026-R8TW3N" }); // a passport of Granulats du Val de Loire's controller
    expect(reply.body).toMatchObject({ resultat: "VALIDE", entreprise: "Granulats du Val de Loire" });
    expect(await lastCheck(id)).toMatchObject({ companyId: other.id, siteId: null });
    // a suspended company's keys stop at once
    await db.company.update({ where: { id: other.id }, data: { status: "SUSPENDED" } });
    expect((await apiCheck({ key, address }, { number: "PS-2026-R8TW3N" })).status).toBe(401);
  });

  it("checks the QR content: the signed credential, a passport printed before, and a forged one", async () => {
    const member = await viewerOf(DEMO.member);
    const { id, key } = await createApiKey(member, { name: `Lecteur QR ${uniq()}` });
    const post = (body: unknown) =>
      postVerification(
        new Request("http://localhost/api/v1/verifications", {
          method: "POST",
          headers: { "x-api-key": key, "content-type": "application/json" },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      );
    const credential = await post({ qr: await passportVerificationUrl(jean) });
    expect(await credential.json()).toMatchObject({ resultat: "VALIDE", numero: "PS-2026-7K4M9Q" });
    const printedBefore = await post({
      qr: `https://passeport.example.fr/verification/${signPassportToken(await passportIdOf("PS-2026-7K4M9Q"))}`,
    });
    expect(await printedBefore.json()).toMatchObject({ resultat: "VALIDE", numero: "PS-2026-7K4M9Q" });
    const url = await passportVerificationUrl(jean);
    const forged = await post({ qr: `${url.slice(0, -3)}${url.endsWith("AAA") ? "BBB" : "AAA"}` });
    expect(await forged.json()).toEqual({ resultat: "FALSIFIE", libelle: "Falsifié", numero: null });
    expect(await lastCheck(id)).toMatchObject({ result: "FORGED", channel: "API", companyId: member.company!.id });
    const invalid = await post("pas du json");
    expect(invalid.status).toBe(400);
    expect(await db.passportCheck.count({ where: { apiKeyId: id } })).toBe(3);
  });

  it(`limits each key to ${LIMITS.api.points} calls a minute`, async () => {
    const member = await viewerOf(DEMO.member);
    const { id, key } = await createApiKey(member, { name: `Limite ${uniq()}` });
    const now = new Date();
    expect((await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" }, now)).status).toBe(200);
    // as if the key had made all its calls of this minute
    await db.rateLimit.update({ where: { key: `api:${id}` }, data: { hits: LIMITS.api.points - 1 } });
    expect((await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" }, now)).status).toBe(200);
    const refused = await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" }, now);
    expect(refused).toMatchObject({ status: 429, body: { erreur: LIMITS.api.message } });
    expect(Number(refused.headers?.["Retry-After"])).toBeGreaterThan(0);
    // another key of the same company is not slowed down
    const second = await createApiKey(member, { name: `Autre ${uniq()}` });
    expect((await apiCheck({ key: second.key, address }, { number: "PS-2026-7K4M9Q" }, now)).status).toBe(200);
    // a minute later the key works again
    expect((await apiCheck({ key, address }, { number: "PS-2026-7K4M9Q" }, new Date(now.getTime() + 61_000))).status).toBe(200);
  });

  it("refuses the keys' management to every other role, and another company's key", async () => {
    for (const who of [DEMO.referent, DEMO.learnerWithEmail, DEMO.controller, DEMO.trainer, DEMO.admin]) {
      const viewer = await viewerOf(who);
      await expect(listApiKeys(viewer)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(createApiKey(viewer, { name: "Clé" })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(revokeApiKey(viewer, "cleinconnue0000")).rejects.toBeInstanceOf(AccessDeniedError);
      current = viewer;
      expect(await createApiKeyAction({ name: "Clé" })).toEqual({ ok: false, error: "Accès refusé." });
      expect(await revokeApiKeyAction({ keyId: "cleinconnue0000" })).toEqual({ ok: false, error: "Accès refusé." });
    }
    current = null;
    expect((await createApiKeyAction({ name: "Clé" })).ok).toBe(false);
    const other = await otherMember();
    const { id } = await createApiKey(other.viewer, { name: "À eux" });
    await expect(revokeApiKey(await viewerOf(DEMO.member), id)).rejects.toBeInstanceOf(AccessDeniedError);
    current = await viewerOf(DEMO.member);
    expect(await createApiKeyAction({ name: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Nommez la clé (le système qui l'utilise)." },
    });
    const foreignSite = await createSite(other.viewer, { name: "Leur site", commune: "Lorient" });
    expect(await createApiKeyAction({ name: "Clé", siteId: foreignSite.id })).toMatchObject({
      ok: false,
      fieldErrors: { siteId: "Choisissez un de vos sites." },
    });
    const created = await createApiKeyAction({ name: `Clé ${uniq()}` });
    expect(created).toMatchObject({ ok: true, data: { key: expect.stringMatching(/^psk_[A-Za-z0-9_-]{43}$/) } });
    expect(await db.auditLog.count({ where: { action: "api-key.created", targetId: created.ok ? created.data.id : "" } })).toBe(1);
  });

  it("serves its OpenAPI description", async () => {
    const doc = await (await getOpenApi()).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/passeports/{numero}", "/api/v1/verifications"]));
  });
});
