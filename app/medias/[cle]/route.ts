// Issue 12, item 2: stored media (lib/media/storage.ts) served with HTTP range requests, so
// that a video can be sought and resumed. A key is the file's SHA-256: its content never
// changes, and browsers and proxies may keep it for a year.
import { readMedia } from "@/lib/media/storage";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ cle: string }> };

async function answer(request: Request, { params }: Params, head: boolean) {
  const { cle } = await params;
  const etag = `"${cle.slice(0, 64)}"`;
  if (request.headers.get("if-none-match") === etag && !request.headers.get("range")) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" } });
  }
  const read = await readMedia(cle, request.headers.get("range"), head);
  if (read.status === 404)
    return new Response("Média introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (read.status === 416) {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${read.size}`, "Accept-Ranges": "bytes" } });
  }
  const headers: Record<string, string> = {
    "Content-Type": read.mime,
    "Content-Length": String(read.end - read.start + 1),
    "Accept-Ranges": "bytes",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (read.status === 206) headers["Content-Range"] = `bytes ${read.start}-${read.end}/${read.size}`;
  return new Response(read.body, { status: read.status, headers });
}

export const GET = (request: Request, context: Params) => answer(request, context, false);
export const HEAD = (request: Request, context: Params) => answer(request, context, true);
