// `npm test`: unit, integration and browser tests on the real stack (scripts/stack.mjs):
// a throw-away database on TEST_DATABASE_URL / DATABASE_URL or an embedded PGlite, migrated
// and seeded; the app built and started on a free port; then Jest runs every project.
// Extra arguments go to Jest (`npm test -- --selectProjects unit` needs no database or build).
import { spawn } from "node:child_process";
import { baseEnv, startApp, startDatabase } from "./stack.mjs";

const jestArgs = process.argv.slice(2);
const selected = (name) => {
  const i = jestArgs.indexOf("--selectProjects");
  if (i === -1) return true;
  return jestArgs
    .slice(i + 1)
    .filter((a) => !a.startsWith("-"))
    .includes(name);
};

async function main() {
  const cleanups = [];
  const env = baseEnv();
  try {
    if (selected("integration") || selected("browser")) {
      const db = await startDatabase();
      cleanups.push(() => db.stop());
      env.DATABASE_URL = db.url;
      if (db.embedded) env.DATABASE_POOL_MAX = "4";
      // tests that need a database server of their own (seed:national) are skipped on PGlite
      if (db.embedded) env.EMBEDDED_DATABASE = "1";
    }
    if (selected("browser")) {
      const app = await startApp(env);
      cleanups.unshift(() => app.stop());
    }
    const jest = spawn(process.execPath, ["node_modules/jest/bin/jest.js", ...jestArgs], { env, stdio: "inherit" });
    process.exitCode = await new Promise((r) => jest.on("exit", (c) => r(c ?? 1)));
  } catch (error) {
    console.error(`[test] ${error.message}`);
    process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => console.error(e));
    process.exit(process.exitCode ?? 0);
  }
}

main();
