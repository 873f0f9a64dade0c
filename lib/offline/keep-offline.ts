// Issue 18, items 1 and 3 (browser side): registers the learner space's service worker and asks
// it to keep this page and everything it loaded (scripts, styles, the QR reader's WebAssembly),
// so that it opens with no network. Resolves true once the service worker has stored them.
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL } from "@/lib/offline/offline-pages";

const isKeptAsset = (url: URL) =>
  url.origin === location.origin && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/lecteur-qr/"));

export async function keepPageOffline(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !navigator.onLine) return false;
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE });
  const { active } = await navigator.serviceWorker.ready;
  if (!active) return false;
  // what the page loaded: its script and style tags (Chromium gives no resource timing entry to a
  // script it took from its memory cache) and everything fetched since (the QR reader's chunk and .wasm)
  const tags = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>("script[src], link[rel=stylesheet], link[rel=preload]")];
  const assets = [
    ...tags.map((tag) => ("src" in tag ? tag.src : tag.href)),
    ...performance.getEntriesByType("resource").map((entry) => entry.name),
  ]
    .filter(Boolean)
    .map((href) => new URL(href, location.href))
    .filter(isKeptAsset)
    .map((url) => url.href);
  const channel = new MessageChannel();
  const stored = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = () => resolve(true);
  });
  active.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [location.pathname, ...new Set(assets)] } }, [channel.port2]);
  return stored;
}

/** At logout: this person's pages leave the phone (the service worker does it too when it sees the sign-out). */
export async function forgetOfflinePages() {
  if (typeof caches === "undefined") return;
  const { PAGES_CACHE } = await import("@/lib/offline/offline-pages");
  await caches.delete(PAGES_CACHE).catch(() => undefined);
}
