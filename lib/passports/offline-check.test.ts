/**
 * @jest-environment node
 */
// Issue 18, item 3: the offline control app's verdict, from a credential signed like the
// server signs it (compact JWS over the README's header) and a signed revocation list.
import { CompactSign, exportJWK, generateKeyPair, type JSONWebKeySet, type KeyLike } from "jose";
import { base32Encode } from "@/lib/passports/base32";
import { checkOffline, listAge, readRevocationList, verifyCredentialOffline } from "@/lib/passports/offline-check";

const enc = new TextEncoder();
let key: KeyLike;
let other: KeyLike;
let jwks: JSONWebKeySet;

async function credential(fields: unknown[], signer = key, kid = "K1") {
  const jws = await new CompactSign(enc.encode(JSON.stringify(fields))).setProtectedHeader({ alg: "EdDSA", kid }).sign(signer);
  const [, p, s] = jws.split(".");
  return `${kid}.${base32Encode(Buffer.from(p, "base64url"))}.${base32Encode(Buffer.from(s, "base64url"))}`;
}
const list = (revoked: string[], iat = 1_800_000_000) => ({ iss: "https://x.fr", iat, revoked });
const future = Math.floor(Date.now() / 1000) + 86_400;
const fields = (number: string, expiry = future) => [number, "Dupont", "Jean", "CST", "Salarié technique", expiry];

beforeAll(async () => {
  const pair = await generateKeyPair("EdDSA", { crv: "Ed25519" });
  key = pair.privateKey;
  other = (await generateKeyPair("EdDSA", { crv: "Ed25519" })).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "K1", alg: "EdDSA" }] };
});

it("answers Valide, Expiré and Révoqué (revoked wins over expired) from the signature and the list", async () => {
  const url = (t: string) => `https://passeport.example/verification/${t}`;
  expect(await checkOffline(url(await credential(fields("PS-2026-AAAAAA"))), jwks, list([]))).toMatchObject({
    kind: "verdict",
    result: "VALID",
    credential: { number: "PS-2026-AAAAAA", lastName: "Dupont", companyName: "CST" },
  });
  const old = Math.floor(Date.now() / 1000) - 60;
  expect(await checkOffline(url(await credential(fields("PS-2026-BBBBBB", old))), jwks, list([]))).toMatchObject({ result: "EXPIRED" });
  expect(await checkOffline(url(await credential(fields("PS-2026-CCCCCC", old))), jwks, list(["PS-2026-CCCCCC"]))).toMatchObject({
    result: "REVOKED",
  });
});

it("says Falsifié for an altered payload, a wrong key id, another key's signature or garbage", async () => {
  const genuine = await credential(fields("PS-2026-DDDDDD"));
  const [kid, payload, signature] = genuine.split(".");
  const altered = `${kid}.${payload.slice(0, 10)}${payload[10] === "A" ? "B" : "A"}${payload.slice(11)}.${signature}`;
  for (const token of [altered, `K2.${payload}.${signature}`, await credential(fields("PS-2026-DDDDDD"), other), "K1.AAAA.!!!!"]) {
    expect(await checkOffline(token, jwks, list([]))).toMatchObject({ kind: "verdict", result: "FORGED", credential: null });
  }
  expect(await verifyCredentialOffline(genuine, jwks)).toMatchObject({ number: "PS-2026-DDDDDD" });
});

it("accepts a rotated key: both kids of the set verify", async () => {
  const rotated = (await generateKeyPair("EdDSA", { crv: "Ed25519" })) as { privateKey: KeyLike; publicKey: KeyLike };
  const both: JSONWebKeySet = { keys: [...jwks.keys, { ...(await exportJWK(rotated.publicKey)), kid: "K2", alg: "EdDSA" }] };
  expect(await checkOffline(await credential(fields("PS-2026-EEEEEE"), rotated.privateKey, "K2"), both, list([]))).toMatchObject({
    result: "VALID",
  });
  expect(await checkOffline(await credential(fields("PS-2026-EEEEEE")), both, list([]))).toMatchObject({ result: "VALID" });
});

it("needs the network for a typed number or the QR code of a passport printed before", async () => {
  expect(await checkOffline("PS-2026-7K4M9Q", jwks, list([]))).toEqual({ kind: "needs-network" });
  expect(await checkOffline("https://x.fr/verification/Y2xhYmNkZWY.c2lnbmF0dXJl", jwks, list([]))).toEqual({ kind: "needs-network" });
});

it("reads a revocation list only when signed by a key of the set with its type", async () => {
  const sign = (payload: object, typ = "revocations+jws", signer = key) =>
    new CompactSign(enc.encode(JSON.stringify(payload))).setProtectedHeader({ alg: "EdDSA", kid: "K1", typ }).sign(signer);
  expect(await readRevocationList(await sign(list(["PS-2026-CCCCCC"])), jwks)).toEqual(list(["PS-2026-CCCCCC"]));
  expect(await readRevocationList(await sign(list([]), "JWT"), jwks)).toBeNull();
  expect(await readRevocationList(await sign(list([]), "revocations+jws", other), jwks)).toBeNull();
  expect(await readRevocationList(await sign({ iat: 1, revoked: [1] }), jwks)).toBeNull();
});

it("says the list's age in French", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const at = (ms: number) => Math.floor((now.getTime() - ms) / 1000);
  expect(listAge(at(20_000), now)).toBe("à l'instant");
  expect(listAge(at(25 * 60_000), now)).toBe("il y a 25\u00a0min");
  expect(listAge(at(3 * 3_600_000), now)).toBe("il y a 3\u00a0h");
  expect(listAge(at(3 * 86_400_000), now)).toBe("il y a 3\u00a0jours");
});
