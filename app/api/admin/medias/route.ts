// Issue 12, item 2: the studio's uploads. The file comes as the raw request body (not a form: a
// video may weigh hundreds of megabytes, and a body of type application/octet-stream cannot be
// sent by another site's form); it is counted while it arrives and refused past the limit, then
// checked by its bytes and stored (lib/media/storage.ts). Administrators only.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canOpen } from "@/lib/auth/spaces";
import { MediaError, maxBytes, storeMedia, type MediaKind } from "@/lib/media/storage";
import { pdfToSlides } from "@/lib/media/pdf-slides";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const USAGES = {
  video: ["video"],
  captions: ["captions"],
  image: ["image"],
  pdf: ["pdf"],
} as const satisfies Record<string, MediaKind[]>;
type Usage = keyof typeof USAGES;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });
const refuse = (status: number, error: string) => json(status, { error });

/** The body, or null when it goes past `limit` bytes (then nothing more is read). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const mb = (n: number) => (n / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });

export async function POST(request: Request) {
  const viewer = await getCurrentUser();
  if (!viewer) return refuse(401, "Votre session a expiré : reconnectez-vous.");
  if (!canOpen(viewer, "admin")) return refuse(403, "Accès refusé.");
  if (!(request.headers.get("content-type") ?? "").startsWith("application/octet-stream"))
    return refuse(415, "Envoyez le fichier lui-même (application/octet-stream).");
  const usage = new URL(request.url).searchParams.get("usage") as Usage | null;
  if (!usage || !(usage in USAGES)) return refuse(400, "Type de dépôt inconnu.");
  const kinds = USAGES[usage];
  const limit = Math.max(...kinds.map((k) => maxBytes(k)));
  const bytes = await readAtMost(request, limit);
  if (bytes === null) return refuse(413, `Le fichier dépasse ${mb(limit)} Mo, la taille acceptée pour ce dépôt.`);
  try {
    if (usage === "pdf") return json(201, { slides: await pdfToSlides(bytes) });
    const stored = await storeMedia(bytes, [...kinds]);
    logger.info({ accountId: viewer.accountId, key: stored.key, size: stored.size }, "média déposé");
    return json(201, { url: `/medias/${stored.key}`, mime: stored.mime, size: stored.size });
  } catch (error) {
    if (error instanceof MediaError) return refuse(error.code === "TOO_LARGE" ? 413 : 422, error.message);
    throw error;
  }
}
