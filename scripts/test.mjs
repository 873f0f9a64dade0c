// `npm test`: unit, integration and browser tests on the real stack.
//  - Database: TEST_DATABASE_URL or DATABASE_URL (a fresh database is created on that
//    server for the run and dropped afterwards), otherwise an embedded PGlite.
//  - Migrations and demo data are applied, the app is built and started on a free port,
//    then Jest runs every project. Extra arguments go to Jest
//    (e.g. `npm test -- --selectProjects unit`, which skips the database and the build).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { migrateDeploy, nextBin, run, seed } from "./run.mjs";

const log = (msg) => console.log(`[test] ${msg}`);
const jestArgs = process.argv.slice(2);
const selected = (name) => {
  const i = jestArgs.indexOf("--selectProjects");
  if (i === -1) return true;
  return jestArgs.slice(i + 1).filter((a) => !a.startsWith("-")).includes(name);
};
const needsDb = selected("integration") || selected("browser");
const needsApp = selected("browser");

function freePort() {
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
    async drop() {
      if (process.env.KEEP_TEST_DB) return log(`base conservée : ${name}`);
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await c.end();
    },
  };
}

async function waitFor(url, child, timeoutMs = 90_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error("le serveur de l'application s'est arrêté");
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} ne répond pas`);
}

async function main() {
  const cleanups = [];
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    PUPPETEER_SKIP_DOWNLOAD: "true",
  };
  let app = null;
  try {
    if (needsDb) {
      const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
      if (serverUrl) {
        const db = await freshDatabase(serverUrl);
        cleanups.push(() => db.drop());
        env.DATABASE_URL = db.url;
        log("PostgreSQL : base de test créée");
      } else {
        const embedded = await startEmbeddedDb({});
        cleanups.push(() => embedded.stop());
        env.DATABASE_URL = embedded.url;
        env.DATABASE_POOL_MAX = "4";
        log("PostgreSQL embarqué (PGlite, en mémoire)");
      }
      await migrateDeploy(env.DATABASE_URL);
      await seed(env.DATABASE_URL);
    }
    if (needsApp) {
      if (process.env.SKIP_BUILD !== "1") {
        log("next build…");
        await run(process.execPath, [nextBin, "build"], { env, quiet: true });
      }
      const port = await freePort();
      env.APP_URL = `http://127.0.0.1:${port}`;
      env.NEXTAUTH_URL = env.APP_URL;
      app = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let appLog = "";
      app.stdout.on("data", (d) => (appLog += d));
      app.stderr.on("data", (d) => (appLog += d));
      cleanups.unshift(async () => {
        app.kill("SIGTERM");
        if (process.env.SHOW_APP_LOG) console.log(appLog);
      });
      await waitFor(`${env.APP_URL}/api/sante`, app);
      log(`application démarrée sur ${env.APP_URL}`);
    }
    const jest = spawn(process.execPath, ["node_modules/jest/bin/jest.js", ...jestArgs], { env, stdio: "inherit" });
    const code = await new Promise((r) => jest.on("exit", (c) => r(c ?? 1)));
    process.exitCode = code;
  } catch (error) {
    console.error(`[test] ${error.message}`);
    process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => console.error(e));
    process.exit(process.exitCode ?? 0);
  }
}

main();
