import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";

// Security headers sent with every response (I5). The Content-Security-Policy, which needs a
// fresh nonce per request, and HSTS (https only) are set by proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  serverExternalPackages: ["puppeteer", "@node-rs/argon2", "pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  // issue 14: an employee import sends its file (2 MB at most, lib/spreadsheet/limits.ts) to a server action
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// issue 18: the service worker is bundled by esbuild in a route handler (app/serwist/[path]), which
// needs esbuild kept out of the server bundle
export default withSerwist(nextConfig);
