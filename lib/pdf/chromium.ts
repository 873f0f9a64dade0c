// Where Chromium is: CHROMIUM_PATH, then Debian's and other usual locations.
import { existsSync } from "node:fs";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

// Flags verified on these machines (STACK.md): no sandbox as root, no GPU, and no
// background network traffic on a closed network.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
