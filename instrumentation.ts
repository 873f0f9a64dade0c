// Runs once when a Next.js server process starts (lib/server-start.ts, Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/server-start");
  startServer();
}
