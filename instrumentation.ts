// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startMailWorker } = await import("@/lib/mail/mail-worker");
    startMailWorker();
  }
}
