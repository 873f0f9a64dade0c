// F2: a controller (or trainer) checks a passport by its number or by the token read from
// its QR code. Each check is logged with who made it.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertController } from "@/lib/auth/access";
import { controllerSite } from "@/lib/sites/sites";
import { readGateToken } from "@/lib/passports/gate-token";
import { normalizePassportNumber } from "@/lib/passports/passport-number";
import { tokenFromQrContent } from "@/lib/passports/credential-format";
import { logForgedCheck, verifyPassport, type GateAnswer } from "@/lib/passports/verify-passport";

/** Accepts a passport number, a bare token, or the whole verification URL of a QR code. */
export function parseGateInput(raw: string): { number: string } | { token: string } {
  const token = tokenFromQrContent(raw);
  // issue 18, item 5: without dashes, in lower case, O/0 and I/1 in the year
  return token !== null ? { token } : { number: normalizePassportNumber(raw.trim()) };
}

export async function checkAtGate(
  viewer: Viewer,
  raw: string,
  now = new Date(),
  address: string | null = null,
  siteId: string | null = null,
): Promise<GateAnswer> {
  assertController(viewer);
  // issue 18: the site the controller chose; the statement keeps it only if it is one of their company's
  const context = { channel: "CONTROL" as const, checkedById: viewer.person.id, address, now, siteId };
  const input = parseGateInput(raw);
  // issue 18, item 2: the controller sees the holder's photo (the public page does not)
  if ("number" in input) return verifyPassport({ number: input.number }, context, { withPhoto: true });
  const lookup = await readGateToken(input.token);
  if (!lookup) {
    // a forged or altered token is said so, and logged with where it came from
    const site = await controllerSite(viewer, siteId);
    return logForgedCheck({ ...context, presented: input.token, siteId: site?.id ?? null, companyId: site?.companyId ?? null });
  }
  return verifyPassport(lookup, context, { withPhoto: true });
}
