// Issue 18, item 6: the OpenAPI description of the access-control API.
import { openApiDocument } from "@/lib/api/openapi";
import { publicUrl } from "@/lib/env";

export function GET() {
  return Response.json(openApiDocument(publicUrl()), { headers: { "Cache-Control": "public, max-age=3600" } });
}
