/// <reference lib="webworker" />
// Issue 18, items 1 and 3: the service worker of the learner space (scope /espace/), built by
// Serwist (@serwist/turbopack, app/serwist/[path]/route.ts). What it keeps, and why nothing
// else: the two offline pages (the passport card and the control screen) fetched network first
// and kept for this person only (200 answers, never a redirect to the login page); the scripts,
// styles and QR reader they load (the same for everyone, immutable names); nothing from any
// other page or API. The pages' cache is emptied when the person signs out on this phone.
import {
  CacheFirst,
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from "serwist";
import { ASSETS_CACHE, OFFLINE_PAGES, PAGES_CACHE } from "@/lib/offline/offline-pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const isOfflinePage = (url: URL, request: Request) =>
  request.method === "GET" &&
  (OFFLINE_PAGES as readonly string[]).includes(url.pathname) &&
  url.search === "" &&
  // the React Server Components payload of a client navigation is not the page
  !request.headers.has("RSC");

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && isOfflinePage(url, request),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 6,
        plugins: [new CacheableResponsePlugin({ statuses: [200] })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/_next/static/") || /^\/lecteur-qr\/[\w.-]+\.wasm$/.test(url.pathname)),
      handler: new CacheFirst({
        cacheName: ASSETS_CACHE,
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 86_400 })],
      }),
    },
  ],
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  // signing out (next-auth posts to /api/auth/signout): this person's pages leave the phone
  if (event.request.method === "POST" && url.pathname === "/api/auth/signout") {
    event.waitUntil(caches.delete(PAGES_CACHE));
  }
});

serwist.addEventListeners();
