// Where Chromium is: CHROMIUM_PATH, then Debian's and other usual locations.
import { existsSync } from "node:fs";
import { env } from "@/lib/env";

export function findChromium(): string | null {
  const candidates = [env().CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

// Flags verified with Debian's chromium package on machines without internet access: no
// sandbox (it runs as root in CI), no GPU, no /dev/shm (small in containers), and no
// background network traffic (component updates, sync, QUIC) on a closed network.
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
