// Throughput of the gate's online answers against a trivial route handler of the same app, in
// the same run, with concurrent connections (issue 18, item 8):
//   - GET /api/sante (trivial), the baseline;
//   - the public verification page a passport's QR code opens (signed credential);
//   - the controller's online check (the "CONTRÔLER UN PASSEPORT" server action, logged in);
//   - the access-control API: GET /api/v1/passeports/{numéro} and POST /api/v1/verifications.
// Then the QR code's payload: sizes of the credential as printed (base32, QR alphanumeric
// mode), as a plain compact JWS (base64url) and of the former HMAC link, with the QR version
// each needs and the module size of the wallet card's 35 mm code.
// Run: npm run bench:verification   (DATABASE_URL/TEST_DATABASE_URL for a real PostgreSQL;
// SKIP_BUILD=1 to reuse the last build; BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS to tune).
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import QRCode from "qrcode";
import { baseEnv, startApp, startDatabase } from "../scripts/stack.mjs";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

// The verification page allows 60 requests a minute per client address (issue 17, item 8):
// the app trusts one proxy hop here and each request comes "from" another address, as real
// phones at many gates would; the limit's bookkeeping is part of what is measured.
let n = 0;
const nextAddress = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;

function load(url, { method = "GET", headers = {}, body, perRequest } = {}) {
  const requests = [
    {
      method,
      body,
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...headers, ...perRequest?.(), "x-forwarded-for": nextAddress() } }),
    },
  ];
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration: seconds, requests }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

/** The id of a server action in the build (Next.js posts it in the Next-Action header). */
function actionId(file, name) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === name && (entry.filename ?? "").includes(file)) return id;
  }
  throw new Error(`action ${name} introuvable dans le manifeste`);
}

async function login(base, identifier, password) {
  const jar = new Map();
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, identifier, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`connexion refusée pour ${identifier}`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

const qrOf = (text) => {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { version: qr.version, modules: qr.modules.size, moduleMm: 35 / qr.modules.size };
};

const env = baseEnv();
env.TRUSTED_PROXY_HOPS = "1";
const db = await startDatabase();
env.DATABASE_URL = db.url;
process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
process.env.PASSPORT_SIGNING_KEY = env.PASSPORT_SIGNING_KEY;
const app = await startApp(env);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
let keepUnderLimit;
try {
  const {
    rows: [passport],
  } =
    await client.query(`SELECT pa."id", pa."number", pa."expiresAt", pe."firstName", pe."lastName", co."name" AS "company", pr."name" AS "profile"
    FROM "Passport" pa JOIN "Person" pe ON pe."id" = pa."personId" JOIN "Company" co ON co."id" = pa."companyId" JOIN "Profile" pr ON pr."id" = pa."profileId"
    WHERE pa."number" = 'PS-2026-7K4M9Q'`);
  const { signPassportCredential } = await import("../lib/passports/passport-credential.ts");
  const { signPassportToken } = await import("../lib/passports/verification-token.ts");
  const credential = {
    number: passport.number,
    lastName: passport.lastName,
    firstName: passport.firstName,
    companyName: passport.company,
    profileName: passport.profile,
    expiresAt: passport.expiresAt,
  };
  const token = await signPassportCredential(credential);
  const verification = `${app.url}/verification/${token}`;
  const check = await (await fetch(verification)).text();
  if (!check.includes("Valide")) throw new Error("la page de vérification ne répond pas « Valide »");

  // the API: 400 keys of the demo member company, one per request in turn (600 calls a minute each)
  const {
    rows: [member],
  } = await client.query(`SELECT "id" FROM "Company" WHERE "memberNumber" = 'A10427'`);
  const keys = [];
  for (let i = 0; i < 400; i++) {
    const key = `psk_${randomBytes(32).toString("base64url")}`;
    keys.push(key);
    await client.query(`INSERT INTO "ApiKey" ("id", "companyId", "name", "prefix", "keyHash") VALUES ($1, $2, $3, $4, $5)`, [
      `benchkey${i}${randomBytes(4).toString("hex")}`,
      member.id,
      `banc d'essai ${i}`,
      key.slice(0, 10),
      createHash("sha256").update(key).digest("hex"),
    ]);
  }
  let k = 0;
  const withKey = () => ({ authorization: `Bearer ${keys[k++ % keys.length]}` });
  const apiByNumber = `${app.url}/api/v1/passeports/PS-2026-7K4M9Q`;
  const apiQr = `${app.url}/api/v1/verifications`;
  const qrBody = JSON.stringify({ qr: `https://passeport-securite.fr/verification/${token}` });
  const probe = await fetch(apiByNumber, { headers: withKey() });
  if ((await probe.json()).resultat !== "VALIDE") throw new Error("l'API ne répond pas VALIDE");

  // the controller's check: the server action, as the control screen posts it. The controller's
  // own limit (120 checks per 10 minutes) would refuse most of the run: its counter is reset
  // every 50 ms, so that the check itself is measured, with its bookkeeping.
  const cookie = await login(app.url, "marc.leroy@gvl-demo.fr", "Passeport-Demo-2026");
  const checkAction = actionId("lib/passports/actions.ts", "checkPassportAction");
  const control = `${app.url}/espace/controle`;
  const controlHeaders = { cookie, "next-action": checkAction, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
  const controlBody = JSON.stringify([{ value: "PS-2026-7K4M9Q", siteId: "demositerocheblanche" }]);
  const probeControl = await (await fetch(control, { method: "POST", headers: controlHeaders, body: controlBody })).text();
  if (!probeControl.includes('"VALID"')) throw new Error(`le contrôle en ligne ne répond pas VALID : ${probeControl.slice(0, 300)}`);
  keepUnderLimit = setInterval(() => client.query(`DELETE FROM "RateLimit" WHERE "key" LIKE 'passportCheck:%'`).catch(() => {}), 50);

  const trivial = `${app.url}/api/sante`;
  const runs = {
    trivial: () => load(trivial),
    page: () => load(verification),
    control: () => load(control, { method: "POST", headers: controlHeaders, body: controlBody }),
    apiNumber: () => load(apiByNumber, { perRequest: withKey }),
    apiQr: () => load(apiQr, { method: "POST", headers: { "content-type": "application/json" }, body: qrBody, perRequest: withKey }),
  };
  for (const run of Object.values(runs)) await run(); // warm-up (compilation caches, pools)
  // Rounds, each measuring the trivial route then every target: on a shared machine the load
  // changes from one minute to the next, so each ratio is taken within its round and the
  // median of the rounds is printed.
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const round = {};
    for (const [name, run] of Object.entries(runs)) round[name] = await run();
    rounds.push(round);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (label, name) => {
    const rps = median(rounds.map((r) => r[name].requests.average));
    const p50 = median(rounds.map((r) => r[name].latency.p50));
    const p99 = median(rounds.map((r) => r[name].latency.p99));
    const errors = rounds.reduce((sum, r) => sum + r[name].errors + r[name].non2xx, 0);
    const ratios = rounds.map((r) => r[name].requests.average / r.trivial.requests.average);
    return `${label.padEnd(48)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${String(p50).padStart(4)} ms   p99 ${String(p99).padStart(4)} ms   erreurs ${String(errors).padStart(3)}   ratio ${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(" / ")})`;
  };
  console.log(
    `\n${connections} connexions, ${ROUNDS} tours de ${seconds} s par mesure (médianes), base ${db.embedded ? "PGlite embarquée" : "PostgreSQL"}`,
  );
  console.log(row("GET /api/sante (trivial)", "trivial"));
  console.log(row("GET /verification/<attestation> (page publique)", "page"));
  console.log(row("contrôle en ligne (action du contrôleur)", "control"));
  console.log(row("GET /api/v1/passeports/{numéro}", "apiNumber"));
  console.log(row("POST /api/v1/verifications (QR)", "apiQr"));

  // the printed QR code
  const base = "https://passeport-securite.fr/verification/";
  const [kid, payload, signature] = token.split(".");
  const b64 = (t) => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let bits = "";
    for (const c of t) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
    const bytes = [];
    for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
    return Buffer.from(bytes).toString("base64url");
  };
  const jws = `${Buffer.from(JSON.stringify({ alg: "EdDSA", kid })).toString("base64url")}.${b64(payload)}.${b64(signature)}`;
  const printed = [
    ["attestation signée (base32, imprimée)", `${base}${token}`],
    ["la même en JWS compact (base64url)", `${base}${jws}`],
    ["ancien lien HMAC (passeports d'avant)", `${base}${signPassportToken(passport.id)}`],
  ];
  console.log(
    `\nQR code (correction M), ${passport.lastName} ${passport.firstName}, ${passport.company}, ${passport.profile} ; carte : 35 mm`,
  );
  for (const [name, url] of printed) {
    const qr = qrOf(url);
    console.log(
      `${name.padEnd(40)} ${String(url.length).padStart(4)} caractères (jeton ${String(url.length - base.length).padStart(3)})   version ${String(qr.version).padStart(2)}, ${qr.modules} modules   module ${qr.moduleMm.toFixed(2)} mm à 35 mm`,
    );
  }
  console.log(`charge signée : ${Buffer.from(b64(payload), "base64url").length} octets, signature Ed25519 : 64 octets`);
} finally {
  clearInterval(keepUnderLimit);
  await client.end();
  await app.stop();
  await db.stop();
}
