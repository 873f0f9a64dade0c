// Issue 18, item 6: API keys of member companies. A key is 256 random bits shown once; only
// its SHA-256 digest is stored (a slow hash adds nothing to a random secret of that size, and
// every API call must look it up fast). Created and revoked by the company, audited.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, rawQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AccessDeniedError, assertMemberCompany } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import type { CreateApiKeyInput } from "@/lib/api/api-key.schema";

const PREFIX = "psk_";
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export async function listApiKeys(viewer: Viewer) {
  assertMemberCompany(viewer);
  return db.apiKey.findMany({
    where: { companyId: viewer.company.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, site: { select: { name: true } } },
  });
}

/** The new key, in clear, this once. */
export async function createApiKey(viewer: Viewer, input: CreateApiKeyInput): Promise<{ id: string; key: string }> {
  assertMemberCompany(viewer);
  const companyId = viewer.company.id;
  if (input.siteId) {
    const site = await db.site.findFirst({ where: { id: input.siteId, companyId, archivedAt: null }, select: { id: true } });
    if (!site) throw new UserFacingError("Certains champs sont invalides.", { siteId: "Choisissez un de vos sites." });
  }
  const active = await db.apiKey.count({ where: { companyId, revokedAt: null } });
  if (active >= 20) throw new UserFacingError("Vous avez déjà 20 clés actives : révoquez celles qui ne servent plus.");
  const key = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { companyId, name: input.name, prefix: key.slice(0, 10), keyHash: hashApiKey(key), siteId: input.siteId || null },
      select: { id: true },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "api-key.created",
      targetType: "ApiKey",
      targetId: row.id,
      companyId,
      data: { name: input.name },
    });
    return row;
  });
  return { id: created.id, key };
}

export async function revokeApiKey(viewer: Viewer, keyId: string) {
  assertMemberCompany(viewer);
  const companyId = viewer.company.id;
  await db.$transaction(async (tx) => {
    // the company in the where: another company's key is "not found", never revoked
    const { count } = await tx.apiKey.updateMany({ where: { id: keyId, companyId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AccessDeniedError();
    await audit(tx, { actorAccountId: viewer.accountId, action: "api-key.revoked", targetType: "ApiKey", targetId: keyId, companyId });
  });
}

export type ApiCaller = { keyId: string; companyId: string; siteId: string | null };

/**
 * The company behind a key, or null for a missing, unknown or revoked key or a company that is
 * no longer an active member. One statement: the look-up also notes the key's last use
 * (at most once a minute, so that a busy turnstile does not rewrite the row on every call).
 */
export async function authenticateApiKey(key: string | null, now = new Date()): Promise<ApiCaller | null> {
  if (!key || !key.startsWith(PREFIX) || key.length > 100) return null;
  const [row] = await rawQuery<ApiCaller>(Prisma.sql`
    WITH found AS (
      SELECT k."id", k."companyId", k."siteId", k."lastUsedAt" FROM "ApiKey" k
      JOIN "Company" c ON c."id" = k."companyId"
      WHERE k."keyHash" = ${hashApiKey(key)} AND k."revokedAt" IS NULL AND c."status" = 'ACTIVE' AND c."kind" = 'MEMBER'
    ), touched AS (
      UPDATE "ApiKey" SET "lastUsedAt" = ${now}
      WHERE "id" = (SELECT "id" FROM found) AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${new Date(now.getTime() - 60_000)})
    )
    SELECT "id" AS "keyId", "companyId", "siteId" FROM found`);
  return row ?? null;
}
