// Issue 18, items 1 and 3: what the service worker (lib/offline/sw.ts) keeps for offline use,
// shared with the pages that ask for it. Only these two pages of the learner space, their
// scripts and the QR reader: never another page, and the pages' cache is emptied at logout.
export const OFFLINE_PAGES = ["/espace/passeports", "/espace/controle"] as const;
/** The pages' cache: one person's data, emptied at logout (sw.ts, sign-out button). */
export const PAGES_CACHE = "passeport-pages";
/** Scripts, styles and the QR reader's WebAssembly: the same for everyone, versioned by name. */
export const ASSETS_CACHE = "passeport-fichiers";
export const SERVICE_WORKER_URL = "/serwist/sw.js";
export const SERVICE_WORKER_SCOPE = "/espace/";
