// Issue 14, item 6: the JSON Schema of the Passeport de prévention export (public: it holds no
// data), from docs/passeport-prevention/.
import schema from "@/docs/passeport-prevention/attestations-1.0.schema.json";

export function GET() {
  return Response.json(schema, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
