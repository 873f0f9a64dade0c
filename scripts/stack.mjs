// The platform's stack for scripts (tests, benchmarks): a database with migrations and demo
// data, and the built app on a free port.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { migrateDeploy, nextBin, run, seed } from "./run.mjs";

export const log = (msg) => console.log(`[stack] ${msg}`);

export function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function freshDatabase(serverUrl) {
  const name = `passeport_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      if (process.env.KEEP_TEST_DB) return log(`base conservée : ${name}`);
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await c.end();
    },
  };
}

/**
 * TEST_DATABASE_URL or DATABASE_URL: a throw-away database on that server; otherwise an
 * in-memory PGlite. Migrated and seeded.
 */
export async function startDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let db;
  if (serverUrl) {
    db = await freshDatabase(serverUrl);
    log("PostgreSQL : base jetable créée");
  } else {
    const embedded = await startEmbeddedDb({});
    db = { url: embedded.url, stop: () => embedded.stop(), embedded: true };
    log("PostgreSQL embarqué (PGlite, en mémoire)");
  }
  await migrateDeploy(db.url);
  await seed(db.url);
  return db;
}

export async function waitFor(url, child, timeoutMs = 90_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error("le serveur de l'application s'est arrêté");
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} ne répond pas`);
}

/** Builds (unless SKIP_BUILD=1) and starts the app; `env` gains APP_URL and NEXTAUTH_URL. */
export async function startApp(env) {
  if (process.env.SKIP_BUILD !== "1") {
    log("next build…");
    await run(process.execPath, [nextBin, "build"], { env, quiet: true });
  }
  const port = await freePort();
  env.APP_URL = `http://127.0.0.1:${port}`;
  env.NEXTAUTH_URL = env.APP_URL;
  const app = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  app.stdout.on("data", (d) => (output += d));
  app.stderr.on("data", (d) => (output += d));
  await waitFor(`${env.APP_URL}/api/sante`, app);
  log(`application démarrée sur ${env.APP_URL}`);
  return {
    url: env.APP_URL,
    async stop() {
      app.kill("SIGTERM");
      if (process.env.SHOW_APP_LOG) console.log(output);
    },
  };
}

export function baseEnv() {
  return {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    // the app runs as production: it needs a QR signing key; tests sign with the same public development key
    PASSPORT_SIGNING_KEY:
      process.env.PASSPORT_SIGNING_KEY ?? readFileSync(new URL("../lib/passports/dev-signing-key.json", import.meta.url), "utf8"),
    PUPPETEER_SKIP_DOWNLOAD: "true",
  };
}
