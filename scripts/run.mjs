// Small helpers shared by the start, test and CI scripts.
import { spawn } from "node:child_process";

export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(" ")} a échoué (code ${code})\n${output}`)),
    );
  });
}

export const prismaBin = "node_modules/prisma/build/index.js";
export const nextBin = "node_modules/next/dist/bin/next";

export function migrateDeploy(databaseUrl) {
  return run(process.execPath, [prismaBin, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    quiet: true,
  });
}

export function seed(databaseUrl) {
  return run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}
