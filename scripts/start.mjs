// `npm start`: everything needed to use the platform on this machine.
//  1. Chromium for PDFs: installed with apt when missing and running as root on Debian.
//  2. The database: DATABASE_URL if set, otherwise an embedded PostgreSQL (PGlite) whose
//     data stays in .data/pglite (git-ignored).
//  3. Migrations applied, demo data seeded on an empty database, the app built if needed,
//     then served on http://localhost:3000 (PORT to change it). Ctrl-C stops it cleanly.
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { migrateDeploy, run, nextBin } from "./run.mjs";

const log = (msg) => console.log(`[passeport] ${msg}`);
const port = process.env.PORT ?? "3000";

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  if (candidates.some((p) => p && existsSync(p))) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    log(
      "Chromium est introuvable : les PDF seront indisponibles. Installez-le (Debian : `sudo apt-get install -y chromium fonts-liberation`) ou définissez CHROMIUM_PATH.",
    );
    return;
  }
  log("Installation de Chromium (apt-get), nécessaire aux PDF…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const res = spawnSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-liberation", "fonts-dejavu-core"], {
    stdio: "inherit",
    env,
  });
  if (res.status !== 0) log("L'installation de Chromium a échoué : les PDF seront indisponibles, le reste fonctionne.");
}

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(".data", { recursive: true });
  const file = ".data/secret";
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** The QR codes' Ed25519 signing key of this installation, made once into .data (kid "LOCAL1"). */
function ensureSigningKey() {
  if (process.env.PASSPORT_SIGNING_KEY) return process.env.PASSPORT_SIGNING_KEY;
  mkdirSync(".data", { recursive: true });
  const file = ".data/passport-signing-key.json";
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync("ed25519");
    writeFileSync(file, JSON.stringify({ ...privateKey.export({ format: "jwk" }), kid: "LOCAL1" }), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function needsBuild() {
  if (process.env.SKIP_BUILD === "1") return false;
  if (!existsSync(".next/BUILD_ID")) return true;
  // rebuild when the sources changed since the last build (e.g. after git pull)
  const built = statSync(".next/BUILD_ID").mtimeMs;
  const out = spawnSync("git", ["log", "-1", "--format=%ct"], { encoding: "utf8" });
  const committed = Number(out.stdout?.trim() ?? 0) * 1000;
  return committed > built;
}

async function main() {
  ensureChromium();
  let embedded = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedDb({ dataDir: ".data/pglite", port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) });
    databaseUrl = embedded.url;
    log(`Base embarquée (PGlite) sur ${databaseUrl.replace(/:postgres@/, ":***@")}, données dans .data/pglite`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: ensureSecret(),
    PASSPORT_SIGNING_KEY: ensureSigningKey(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // PGlite runs one query at a time: a small pool is plenty
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (embedded ? "4" : "10"),
  };

  const stopDb = async () => embedded && (await embedded.stop());
  try {
    log("Migrations…");
    await migrateDeploy(databaseUrl);
    log("Données de démonstration…");
    await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts", "--if-empty"], { env });
    if (needsBuild()) {
      log("Construction de l'application (next build)…");
      await run(process.execPath, [nextBin, "build"], { env });
    }
  } catch (error) {
    console.error(error.message);
    await stopDb();
    process.exit(1);
  }

  log(`Plateforme disponible sur http://localhost:${port}`);
  const app = spawn(process.execPath, [nextBin, "start", "-p", port], { env, stdio: "inherit" });
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`Arrêt (${signal})…`);
    app.kill("SIGTERM");
    await new Promise((r) => (app.exitCode !== null ? r() : app.once("exit", r)));
    await stopDb();
    process.exit(0);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  app.on("exit", async (code) => {
    if (stopping) return;
    await stopDb();
    process.exit(code ?? 1);
  });
}

main();
