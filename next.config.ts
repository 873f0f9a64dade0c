import type { NextConfig } from "next";

// Security headers sent with every response (I5). The Content-Security-Policy, which needs a
// fresh nonce per request, and HSTS (https only) are set by proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // issue 18: the service worker is bundled by esbuild in a route handler (app/serwist/[path]),
  // which needs esbuild kept out of the server bundle. This is all that @serwist/turbopack's
  // withSerwist() adds; importing it here loaded next/server into the config, which broke Jest
  // (next/jest reads this file): "AsyncLocalStorage accessed in runtime where it is not available".
  serverExternalPackages: ["puppeteer", "@node-rs/argon2", "pg", "@electric-sql/pglite", "esbuild", "esbuild-wasm"],
  poweredByHeader: false,
  // issue 14: an employee import sends its file (2 MB at most, lib/spreadsheet/limits.ts) to a server action
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
