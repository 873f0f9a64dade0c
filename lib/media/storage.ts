// Issue 12, item 2: uploaded media (module videos and their WebVTT captions, slide images,
// PDFs, holder photos later) behind one interface. A file is accepted for what its bytes are
// (magic numbers, read by `file-type`; WebVTT by its "WEBVTT" signature), never for its name,
// within a size limit per kind, and stored under its SHA-256 (`<64 hex>.<ext>`): the same file
// is stored once, a name never changes its content, and every instance serves it with
// immutable caching. The default store is a local folder (MEDIA_DIR, git-ignored); several
// instances share it on one volume, or another MediaStore (object storage) implements the same
// three operations.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { env } from "@/lib/env";

export type MediaKind = "video" | "captions" | "image" | "pdf";

/** What the platform accepts, by the type its bytes say. */
const TYPES = {
  mp4: { mime: "video/mp4", kind: "video" },
  webm: { mime: "video/webm", kind: "video" },
  vtt: { mime: "text/vtt; charset=utf-8", kind: "captions" },
  png: { mime: "image/png", kind: "image" },
  jpg: { mime: "image/jpeg", kind: "image" },
  webp: { mime: "image/webp", kind: "image" },
  pdf: { mime: "application/pdf", kind: "pdf" },
} as const satisfies Record<string, { mime: string; kind: MediaKind }>;
export type MediaExtension = keyof typeof TYPES;

const KIND_LABEL: Record<MediaKind, string> = {
  video: "une vidéo MP4 ou WebM",
  captions: "des sous-titres WebVTT (.vtt)",
  image: "une image PNG, JPEG ou WebP",
  pdf: "un PDF",
};

/** Largest accepted size per kind, in bytes. Videos and PDFs: MEDIA_MAX_MB; images 20 MB and captions 2 MB at most. */
export function maxBytes(kind: MediaKind): number {
  const configured = env().MEDIA_MAX_MB * 1024 * 1024;
  if (kind === "image") return Math.min(configured, 20 * 1024 * 1024);
  if (kind === "captions") return Math.min(configured, 2 * 1024 * 1024);
  return configured;
}

export class MediaError extends Error {
  constructor(
    public code: "EMPTY" | "TOO_LARGE" | "WRONG_TYPE",
    message: string,
  ) {
    super(message);
  }
}

const KEY = /^[a-f0-9]{64}\.(mp4|webm|vtt|png|jpg|webp|pdf)$/;
export const isMediaKey = (key: string) => KEY.test(key);

/** The type of a file by its first bytes, or null when it is none of the accepted ones. */
export async function sniffMedia(bytes: Uint8Array): Promise<MediaExtension | null> {
  const head = Buffer.from(bytes.subarray(0, 16)).toString("utf8");
  // WebVTT is text: the file starts with "WEBVTT" (after an optional byte-order mark), then a space, tab or line end
  if (/^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(head)) return "vtt";
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  if (found.ext === "mp4" || found.ext === "m4v") return "mp4";
  if (found.ext === "webm") return "webm";
  if (found.ext === "png" || found.ext === "webp" || found.ext === "pdf") return found.ext;
  if (found.ext === "jpg") return "jpg";
  return null;
}

export type StoredMedia = { key: string; mime: string; kind: MediaKind; size: number };

/** Where media live. The local folder is the default; object storage would implement the same. */
export interface MediaStore {
  /** stores the bytes under `key` (a no-op when that key exists: same key, same bytes) */
  put(key: string, bytes: Uint8Array): Promise<void>;
  size(key: string): Promise<number | null>;
  /** the bytes from `start` to `end` included */
  read(key: string, start: number, end: number): ReadableStream<Uint8Array>;
}

export function localMediaStore(dir = env().MEDIA_DIR): MediaStore {
  const file = (key: string) => path.join(dir, key);
  return {
    async put(key, bytes) {
      await mkdir(dir, { recursive: true });
      if ((await this.size(key)) !== null) return;
      // written aside, then renamed: a reader never sees half a file, and two instances
      // storing the same file at once both end with the whole of it
      const temporary = path.join(dir, `.${randomUUID()}.part`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, file(key));
      } finally {
        await unlink(temporary).catch(() => {});
      }
    },
    async size(key) {
      try {
        return (await stat(file(key))).size;
      } catch {
        return null;
      }
    },
    read(key, start, end) {
      return Readable.toWeb(createReadStream(file(key), { start, end })) as ReadableStream<Uint8Array>;
    },
  };
}

/**
 * Checks an upload and stores it. `accept` lists the kinds the field takes; the French message
 * of a MediaError says what was expected, to show next to the field.
 */
export async function storeMedia(bytes: Uint8Array, accept: MediaKind[], store: MediaStore = localMediaStore()): Promise<StoredMedia> {
  const expected = accept.map((k) => KIND_LABEL[k]).join(" ou ");
  if (bytes.byteLength === 0) throw new MediaError("EMPTY", `Le fichier est vide : choisissez ${expected}.`);
  const ext = await sniffMedia(bytes);
  const type = ext ? TYPES[ext] : null;
  if (!ext || !type || !accept.includes(type.kind)) {
    throw new MediaError("WRONG_TYPE", `Ce fichier n'est pas ${expected} (son contenu a été vérifié, pas seulement son nom).`);
  }
  const limit = maxBytes(type.kind);
  if (bytes.byteLength > limit) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
    throw new MediaError(
      "TOO_LARGE",
      `Le fichier pèse ${mb(bytes.byteLength)} Mo : ${KIND_LABEL[type.kind]} ne peut dépasser ${mb(limit)} Mo.`,
    );
  }
  const key = `${createHash("sha256").update(bytes).digest("hex")}.${ext}`;
  await store.put(key, bytes);
  return { key, mime: type.mime, kind: type.kind, size: bytes.byteLength };
}

export type MediaRead =
  | { status: 200 | 206; mime: string; size: number; start: number; end: number; body: ReadableStream<Uint8Array> | null }
  | { status: 404 }
  | { status: 416; size: number };

/**
 * Reads a stored medium for an HTTP answer, honouring one byte range ("bytes=a-b", "bytes=a-",
 * "bytes=-n"), so that a video can be sought. Several ranges are answered whole (RFC 9110
 * allows it). `head`: no body.
 */
export async function readMedia(
  key: string,
  range: string | null,
  head = false,
  store: MediaStore = localMediaStore(),
): Promise<MediaRead> {
  if (!isMediaKey(key)) return { status: 404 };
  const size = await store.size(key);
  if (size === null) return { status: 404 };
  const mime = TYPES[key.slice(key.lastIndexOf(".") + 1) as MediaExtension].mime;
  let start = 0;
  let end = size - 1;
  let status: 200 | 206 = 200;
  const m = range?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (m && (m[1] !== "" || m[2] !== "")) {
    if (m[1] === "") {
      // the last n bytes
      start = Math.max(0, size - Number(m[2]));
    } else {
      start = Number(m[1]);
      if (m[2] !== "") end = Math.min(end, Number(m[2]));
    }
    if (start >= size || start > end || size === 0) return { status: 416, size };
    status = 206;
  }
  const body = head || size === 0 ? null : store.read(key, start, end);
  return { status, mime, size, start, end, body };
}
