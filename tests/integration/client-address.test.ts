// Item 8 of issue 17: the client's address comes from the socket (copied by the server into
// a private header) or from a configured number of trusted proxies, never from the
// left-most X-Forwarded-For that any client writes.
import { clientAddressFrom, normalizeAddress, PEER_HEADER } from "@/lib/http/client-address";
import { env } from "@/lib/env";

const request = (peer: string | null, forwarded?: string) => (name: string) =>
  name === PEER_HEADER ? peer : name === "x-forwarded-for" ? (forwarded ?? null) : null;

describe("client address", () => {
  it("ignores X-Forwarded-For without trusted proxies (TRUSTED_PROXY_HOPS=0, the default)", () => {
    expect(env().TRUSTED_PROXY_HOPS).toBe(0);
    expect(clientAddressFrom(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
    const rotated = new Set(Array.from({ length: 10 }, (_, i) => clientAddressFrom(request("198.51.100.7", `10.1.1.${i}`))));
    expect([...rotated]).toEqual(["198.51.100.7"]);
  });

  it("takes the address the nearest trusted proxy saw with TRUSTED_PROXY_HOPS=1", () => {
    // the client wrote "6.6.6.6"; the proxy (10.0.0.1, the socket) appended the address it saw
    expect(clientAddressFrom(request("10.0.0.1", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(request("10.0.0.1", "203.0.113.9"), 1)).toBe("203.0.113.9");
    // two proxies: the second from the right
    expect(clientAddressFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1"), 2)).toBe("203.0.113.9");
    // fewer entries than hops: the farthest one known
    expect(clientAddressFrom(request("10.0.0.1", undefined), 1)).toBe("10.0.0.1");
  });

  it("reads TRUSTED_PROXY_HOPS from the environment", () => {
    const before = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      expect(clientAddressFrom(request("10.0.0.1", "6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = before;
    }
  });

  it("counts IPv6 by /64 and IPv4-mapped addresses as IPv4, and refuses what is not an address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("pas-une-adresse")).toBeNull();
    expect(clientAddressFrom(request(null, "203.0.113.9"), 0)).toBeNull();
  });
});
