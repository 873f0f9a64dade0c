// F2: a controller (or trainer) checks a passport by its number or by the token read from
// its QR code. Each check is logged with who made it.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertController } from "@/lib/auth/access";
import { readGateToken } from "@/lib/passports/gate-token";
import { logForgedCheck, verifyPassport, type GateAnswer } from "@/lib/passports/verify-passport";

/** Accepts a passport number, a bare token, or the whole verification URL of a QR code. */
export function parseGateInput(raw: string): { number: string } | { token: string } {
  const value = raw.trim();
  const fromUrl = value.match(/\/verification\/([^/?#\s]+)/);
  if (fromUrl) return { token: decodeURIComponent(fromUrl[1]) };
  if (value.includes(".") && !/^PS-/i.test(value)) return { token: value };
  return { number: value.toUpperCase().replace(/\s+/g, "") };
}

export async function checkAtGate(viewer: Viewer, raw: string, now = new Date(), address: string | null = null): Promise<GateAnswer> {
  assertController(viewer);
  const context = { channel: "CONTROL" as const, checkedById: viewer.person.id, address, now };
  const input = parseGateInput(raw);
  if ("number" in input) return verifyPassport({ number: input.number }, context);
  const lookup = await readGateToken(input.token);
  // a forged or altered token is said so, and logged with where it came from
  if (!lookup) return logForgedCheck({ ...context, presented: input.token });
  return verifyPassport(lookup, context);
}
