// Issue 18, item 3: the signed credential in the QR code: altered payload, wrong kid, key
// rotation, the JWKS and the signed revocation list, and passports printed before.
import { generateKeyPairSync } from "node:crypto";
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from "jose";
import { db } from "@/lib/db";
import { base32Decode, base32Encode } from "@/lib/passports/base32";
import { passportKeys, publicJwks } from "@/lib/passports/credential-keys";
import { readGateToken } from "@/lib/passports/gate-token";
import { passportVerificationUrl, readPassportCredential, signPassportCredential } from "@/lib/passports/passport-credential";
import { signedRevocationList } from "@/lib/passports/revocation-list";
import { signPassportToken } from "@/lib/passports/verification-token";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { PEER_HEADER } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/rate-limit";
import { GET as verificationPage } from "@/app/(public)/verification/[token]/route";
import { verifyPublicLink } from "@/lib/passports/check-batch";
import { DEMO, ownPassport, passportIdOf, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const jean = {
  number: "PS-2026-7K4M9Q",
  lastName: "Dupont",
  firstName: "Jean",
  companyName: "Carrières Services Transports",
  profileName: "Salarié technique",
  expiresAt: new Date("2028-11-25T12:00:00Z"),
};

function newKey(kid: string) {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = { ...privateKey.export({ format: "jwk" }), kid };
  const { d: _d, ...pub } = jwk;
  return { private: JSON.stringify(jwk), public: pub };
}

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["PASSPORT_SIGNING_KEY", "PASSPORT_SIGNING_KEY_ID", "PASSPORT_VERIFICATION_KEYS"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("signed QR credential", () => {
  it("signs the number, name, company, profile and expiry with a kid, in the QR alphanumeric alphabet", async () => {
    const token = await signPassportCredential(jean);
    expect(token).toMatch(/^DEV1\.[A-Z2-7]+\.[A-Z2-7]+$/);
    expect(await readPassportCredential(token)).toEqual({ ...jean, expiresAt: new Date("2028-11-25T12:00:00Z") });
    const url = await passportVerificationUrl(jean);
    expect(url).toMatch(/\/verification\/DEV1\./);
    expect(await readGateToken(url.split("/verification/")[1])).toEqual({ number: "PS-2026-7K4M9Q" });
  });

  it("refuses an altered payload, an altered signature and a wrong kid", async () => {
    const token = await signPassportCredential(jean);
    const [kid, payload, signature] = token.split(".");
    // another expiry in an otherwise well-formed payload
    const text = new TextDecoder().decode(base32Decode(payload)!);
    const longer = text.replace(/,(\d+)\]$/, (_m, s: string) => `,${Number(s) + 365 * 86400}]`);
    expect(longer).not.toBe(text);
    const altered = `${kid}.${base32Encode(new TextEncoder().encode(longer))}.${signature}`;
    expect(await readPassportCredential(altered)).toBeNull();
    const renamed = `${kid}.${base32Encode(new TextEncoder().encode(text.replace("Dupont", "Durand")))}.${signature}`;
    expect(await readPassportCredential(renamed)).toBeNull();
    const flipped = `${kid}.${payload}.${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
    expect(await readPassportCredential(flipped)).toBeNull();
    expect(await readPassportCredential(`DEV2.${payload}.${signature}`)).toBeNull();
    // signed by a key the platform does not know, under the platform's kid
    const stranger = newKey("DEV1");
    process.env.PASSPORT_SIGNING_KEY = stranger.private;
    const foreign = await signPassportCredential(jean);
    delete process.env.PASSPORT_SIGNING_KEY;
    expect(await readPassportCredential(foreign)).toBeNull();
  });

  it("logs an altered credential at the gate as Falsifié", async () => {
    const controller = await viewerOf(DEMO.controller);
    const token = await signPassportCredential(jean);
    const [kid, payload, signature] = token.split(".");
    const text = new TextDecoder().decode(base32Decode(payload)!).replace("PS-2026-7K4M9Q", "PS-2026-R8TW3N");
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const answer = await checkAtGate(
      controller,
      `${kid}.${base32Encode(new TextEncoder().encode(text))}.${signature}`,
      new Date(),
      address,
    );
    expect(answer).toEqual({ result: "FORGED" });
    expect(await db.passportCheck.count({ where: { address, result: "FORGED" } })).toBe(1);
  });

  it("rotates keys: new passports get the new kid, those printed with the old kid still verify", async () => {
    const oldKey = newKey(
      `OLD${uniq()
        .slice(-4)
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, "X")}`,
    );
    const kidOld = JSON.parse(oldKey.private).kid as string;
    process.env.PASSPORT_SIGNING_KEY = oldKey.private;
    const printedBefore = await signPassportCredential(jean);
    expect(printedBefore.startsWith(`${kidOld}.`)).toBe(true);

    const newer = newKey("NEW1");
    process.env.PASSPORT_SIGNING_KEY = newer.private;
    process.env.PASSPORT_VERIFICATION_KEYS = JSON.stringify({ keys: [oldKey.public] });
    const printedAfter = await signPassportCredential(jean);
    expect(printedAfter.startsWith("NEW1.")).toBe(true);
    expect((await readPassportCredential(printedBefore))?.number).toBe("PS-2026-7K4M9Q");
    expect((await readPassportCredential(printedAfter))?.number).toBe("PS-2026-7K4M9Q");
    expect(
      publicJwks()
        .keys.map((k) => k.kid)
        .sort(),
    ).toEqual([kidOld, "NEW1"].sort());
    expect(publicJwks().keys.every((k) => !("d" in k))).toBe(true);

    // once the old key is withdrawn, its passports no longer verify offline (online: forged)
    delete process.env.PASSPORT_VERIFICATION_KEYS;
    expect(await readPassportCredential(printedBefore)).toBeNull();
  });

  it("refuses a key of the wrong type or an invalid kid, naming the variable", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    process.env.PASSPORT_SIGNING_KEY = JSON.stringify({ ...privateKey.export({ format: "jwk" }), kid: "EC1" });
    expect(() => passportKeys()).toThrow(/PASSPORT_SIGNING_KEY doit être une clé Ed25519/);
    process.env.PASSPORT_SIGNING_KEY = JSON.stringify({ ...JSON.parse(newKey("X").private), kid: "minuscules" });
    expect(() => passportKeys()).toThrow(/PASSPORT_SIGNING_KEY_ID/);
  });

  it("an offline app can rebuild the standard JWS and check it against the JWKS", async () => {
    const token = await signPassportCredential(jean);
    const [kid, payload, signature] = token.split(".");
    const b64 = (t: string) => Buffer.from(base32Decode(t)!).toString("base64url");
    const jws = `${Buffer.from(JSON.stringify({ alg: "EdDSA", kid })).toString("base64url")}.${b64(payload)}.${b64(signature)}`;
    const { payload: bytes } = await compactVerify(jws, createLocalJWKSet(publicJwks()));
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual([
      "PS-2026-7K4M9Q",
      "Dupont",
      "Jean",
      "Carrières Services Transports",
      "Salarié technique",
      Math.floor(jean.expiresAt.getTime() / 1000),
    ]);
  });

  it("still accepts the HMAC tokens of passports printed before", async () => {
    const id = await passportIdOf("PS-2026-7K4M9Q");
    expect(await readGateToken(signPassportToken(id))).toEqual({ passportId: id });
    expect(await readGateToken(`${signPassportToken(id)}x`)).toBeNull();
  });

  it("signs the list of revoked, unexpired passports with its issue time", async () => {
    const { number } = await ownPassport("V", { revoked: true });
    const now = new Date();
    const { jws } = await signedRevocationList(now);
    expect(decodeProtectedHeader(jws)).toMatchObject({ alg: "EdDSA", kid: "DEV1" });
    const { payload } = await compactVerify(jws, createLocalJWKSet(publicJwks()));
    const list = JSON.parse(new TextDecoder().decode(payload)) as { iat: number; revoked: string[] };
    expect(list.iat).toBe(Math.floor(now.getTime() / 1000));
    expect(list.revoked).toContain(number);
    expect(list.revoked).not.toContain("PS-2026-7K4M9Q");
    const tampered = jws.replace(
      /\.([^.]+)\./,
      (_m, p: string) => `.${Buffer.from(Buffer.from(p, "base64url").toString().replace(number, "PS-2026-XXXXXX")).toString("base64url")}.`,
    );
    await expect(compactVerify(tampered, createLocalJWKSet(publicJwks()))).rejects.toThrow();
  });

  it("the public page answers a signed QR in one statement, counted against the address's limit", async () => {
    const { holder, passport, number } = await ownPassport("W");
    const token = await signPassportCredential({ ...jean, number, lastName: holder.lastName, firstName: holder.firstName });
    const peer = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const open = () =>
      verificationPage(new Request(`http://localhost/verification/${token}`, { headers: { [PEER_HEADER]: peer } }), {
        params: Promise.resolve({ token }),
      });
    const first = await open();
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain("Valide");
    // the page answers from the database (the name in full, as registered)
    expect(html).toContain(`${holder.lastName.toUpperCase()} ${holder.firstName}`);
    expect(first.headers.get("cache-control")).toBe("no-store");
    await db.rateLimit.update({ where: { key: `verification:${peer}` }, data: { hits: LIMITS.verification.points - 1 } });
    expect((await open()).status).toBe(200);
    const refused = await open();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Trop de vérifications depuis votre adresse");
    // the refused request was neither answered nor logged
    expect(await db.passportCheck.count({ where: { passportId: passport.id, channel: "PUBLIC_LINK" } })).toBe(2);
  });
  it("groups concurrent checks in one statement: each counted against its address, each logged, the day totals exact", async () => {
    const { passport, number } = await ownPassport("G");
    const peers = [0, 1, 2].map(() => `g-${uniq()}`);
    // a day of its own (the passport has expired by then), so that other tests' checks do not count
    const now = new Date(`${2100 + Math.floor(Math.random() * 500)}-06-15T10:00:00Z`);
    const day = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    // the first address has 5 checks left in its minute
    await db.rateLimit.create({
      data: { key: `verification:${peers[0]}`, hits: LIMITS.verification.points - 5, expiresAt: new Date(now.getTime() + 30_000) },
    });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyPublicLink(i % 2 ? { number } : { passportId: passport.id }, peers[i % 3], now)),
    );
    // 10 requests per address: the first address gets 5 answers and 5 refusals, the others 10 answers
    const allowed = (k: number) => answers.filter((a, i) => i % 3 === k && a.allowed).length;
    expect([allowed(0), allowed(1), allowed(2)]).toEqual([5, 10, 10]);
    for (const a of answers) if (a.allowed) expect(a.answer).toMatchObject({ result: "EXPIRED", number });
    expect(await db.passportCheck.count({ where: { passportId: passport.id, channel: "PUBLIC_LINK", checkedAt: now } })).toBe(25);
    const totals = await db.checkDayCount.aggregate({ where: { day }, _sum: { checks: true } });
    expect(totals._sum.checks).toBe(25);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `verification:${peers[1]}` } })).hits).toBe(10);
    await db.checkDayCount.deleteMany({ where: { day } });
  });
});
