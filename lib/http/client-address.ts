// Item 8 of issue 17: the client's address, for throttling and rate limits, never the
// left-most X-Forwarded-For (which any client writes). Next.js gives route handlers and
// server actions no access to the socket, so the server process copies the socket's address
// into a private request header as each request arrives (installPeerAddressHeader, from
// instrumentation.ts), overwriting whatever the client sent under that name. Then:
// - TRUSTED_PROXY_HOPS=0 (default): the socket's address; X-Forwarded-For is ignored;
// - TRUSTED_PROXY_HOPS=n: the address the n-th proxy in front of the app saw, i.e. the
//   n-th entry of X-Forwarded-For counted from the right, the socket being the last hop.
// IPv6 addresses count by /64 (one subscriber's block), IPv4-mapped IPv6 as IPv4.
import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";

export const PEER_HEADER = "x-passeport-peer";

type HeaderGetter = (name: string) => string | null | undefined;

function expandIPv6(address: string): string[] | null {
  const [head, tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  if (address.includes("::")) {
    const fill = 8 - left.length - right.length;
    if (fill < 1) return null;
    return [...left, ...Array(fill).fill("0"), ...right];
  }
  return left.length === 8 ? left : null;
}

/** A canonical key for an address: IPv4 as is, IPv6 as its /64 block; null when not an IP. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  value = value.replace(/%.*$/, ""); // zone index
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(value)) value = value.slice(7);
  const kind = isIP(value);
  if (kind === 4) return value;
  if (kind !== 6) return null;
  const groups = expandIPv6(value.toLowerCase());
  if (!groups) return null;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The client's address from a request's headers (see the top of this file). */
export function clientAddressFrom(get: HeaderGetter, hops = env().TRUSTED_PROXY_HOPS): string | null {
  const peer = get(PEER_HEADER) ?? null;
  if (hops <= 0) return normalizeAddress(peer);
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  if (chain.length === 0) return null;
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - hops)]);
}

/** For a plain header object (next-auth's `req.headers`). */
export function clientAddressOfHeaders(headers: Record<string, unknown> | undefined, hops?: number) {
  return clientAddressFrom((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : null;
  }, hops);
}
