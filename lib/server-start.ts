// What a Node.js server process does once at start (called by instrumentation.ts): check the
// environment first (a production server without its secrets stops here, saying which), then
// the socket address header and the job runner.
import { env, EnvError } from "@/lib/env";
import { passportKeys } from "@/lib/passports/credential-keys";
import { startAppJobRunner } from "@/lib/jobs/runner";
import { installPeerAddressHeader } from "@/lib/http/peer-address";

export function startServer() {
  try {
    env();
    passportKeys(); // a production key that cannot be read stops the server here too
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n[passeport-securite] ${error.message}\n`);
    process.exit(1);
  }
  // the client's address for throttling and rate limits comes from the socket (issue 17, item 8)
  installPeerAddressHeader();
  // the job runner: the outbox sender, the expiry reminders and digests (issue 13)
  void startAppJobRunner();
}
