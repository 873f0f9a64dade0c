// The page security policy (issue 17, item 14): scripts run only with this request's nonce
// (Next.js puts it on its own scripts, read from the request's CSP header) and what they load
// ('strict-dynamic'); no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' for style
// attributes (progress bars, verdict colours), which nonces cannot cover. 'wasm-unsafe-eval'
// lets pages compile WebAssembly (the QR code reader of the check screen, served by this site):
// it allows no JavaScript eval. Issue 18: the service worker and the web app manifests come from
// this site only (worker-src, manifest-src: a service worker script cannot carry a nonce).
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Two years, subdomains included: sent only on responses served over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** https, directly or behind a TLS-terminating proxy that says so. */
export function servedOverHttps(url: URL, forwardedProto: string | null) {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}
