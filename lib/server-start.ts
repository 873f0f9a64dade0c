// What a Node.js server process does once at start (called by instrumentation.ts): check the
// environment first (a production server without its secrets stops here, saying which), then
// start the mail sender.
import { env, EnvError } from "@/lib/env";
import { startMailWorker } from "@/lib/mail/mail-worker";

export function startServer() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n[passeport-securite] ${error.message}\n`);
    process.exit(1);
  }
  startMailWorker();
}
