// `npm run screenshots` (issue 15, item 6): every page of every role of the demo seed
// (tests/browser/tour.ts) at 390 × 844 and 1280 × 800, saved as PNGs under captures/
// (git-ignored): captures/<size>/<role>/<page>.png. Like `npm test`, it runs on a throw-away
// database (TEST_DATABASE_URL / DATABASE_URL, or an embedded PGlite) and the built app
// (SKIP_BUILD=1 reuses the last build). `npm run screenshots -- referent formateur` limits
// the roles.
import { spawn } from "node:child_process";
import { baseEnv, startApp, startDatabase } from "./stack.mjs";

async function main() {
  const cleanups = [];
  const env = baseEnv();
  try {
    const db = await startDatabase();
    cleanups.push(() => db.stop());
    env.DATABASE_URL = db.url;
    if (db.embedded) env.DATABASE_POOL_MAX = "4";
    const app = await startApp(env);
    cleanups.unshift(() => app.stop());
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/screenshots-tour.ts", ...process.argv.slice(2)],
      { env, stdio: "inherit" },
    );
    process.exitCode = await new Promise((r) => child.on("exit", (c) => r(c ?? 1)));
  } catch (error) {
    console.error(`[captures] ${error.message}`);
    process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => console.error(e));
    process.exit(process.exitCode ?? 0);
  }
}

main();
