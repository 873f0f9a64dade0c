// Issue 18, item 6: POST /api/v1/verifications {"qr": "<contenu du QR code>"}, for member
// companies' access-control systems that read the passport's QR code.
import { z } from "zod";
import { apiCheckFor, apiGate, apiKeyOf } from "@/lib/api/passport-api";
import { apiResponse } from "@/lib/api/api-response";
import { clientAddressFrom } from "@/lib/http/client-address";

const bodySchema = z.object({ qr: z.string().trim().min(1).max(1000) });
const INVALID = 'Corps invalide\u202f: envoyez du JSON de la forme {"qr": "<contenu du QR code>"}.';

export async function POST(request: Request) {
  const header = (name: string) => request.headers.get(name);
  // the key first: a caller without one learns nothing more
  const gate = await apiGate(apiKeyOf(header));
  if ("reply" in gate) return apiResponse(gate.reply);
  let body: unknown = null;
  try {
    body = await request.json();
  } catch {
    // not JSON: refused below
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return apiResponse({ status: 400, body: { erreur: INVALID } });
  return apiResponse(await apiCheckFor(gate.caller, clientAddressFrom(header), { qr: parsed.data.qr }));
}
