// Runs once when a Next.js server process starts: the environment is checked first (a
// production server without its secrets stops here, saying which), then the socket address
// header and the mail sender.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n[passeport-securite] ${error.message}\n`);
    process.exit(1);
  }
  // the client's address for throttling and rate limits comes from the socket (issue 17, item 8)
  const { installPeerAddressHeader } = await import("@/lib/http/peer-address");
  installPeerAddressHeader();
  const { startMailWorker } = await import("@/lib/mail/mail-worker");
  startMailWorker();
}
