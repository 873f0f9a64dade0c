import type { ApiReply } from "@/lib/api/passport-api";

/** An API reply as JSON, never cached (every call is a check). */
export function apiResponse(reply: ApiReply) {
  return Response.json(reply.body, { status: reply.status, headers: { "Cache-Control": "no-store", ...reply.headers } });
}
