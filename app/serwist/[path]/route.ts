// Issue 18: the service worker (lib/offline/sw.ts), bundled by Serwist's Turbopack integration
// at build time (force-static) and served as /serwist/sw.js with the scope of the learner space.
import { spawnSync } from "node:child_process";
import { createSerwistRoute } from "@serwist/turbopack";

const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/sw.ts",
  useNativeEsbuild: true,
  // only the icons are precached: the offline pages and their scripts are kept as they are opened
  globPatterns: ["public/icons/*.png"],
  additionalPrecacheEntries: [
    { url: "/manifestes/espace.webmanifest", revision },
    { url: "/manifestes/controle.webmanifest", revision },
  ],
});
