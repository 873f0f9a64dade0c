// Issue 18, item 6: GET /api/v1/passeports/{numéro}, for member companies' access-control systems.
import { apiCheck, apiKeyOf } from "@/lib/api/passport-api";
import { apiResponse } from "@/lib/api/api-response";
import { clientAddressFrom } from "@/lib/http/client-address";

export async function GET(request: Request, { params }: { params: Promise<{ numero: string }> }) {
  const header = (name: string) => request.headers.get(name);
  const { numero } = await params;
  let number: string;
  try {
    number = decodeURIComponent(numero);
  } catch {
    number = numero;
  }
  return apiResponse(await apiCheck({ key: apiKeyOf(header), address: clientAddressFrom(header) }, { number: number.slice(0, 100) }));
}
