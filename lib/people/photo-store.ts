// Where holder photos live (issue 18, item 2), apart from the sharp-based processing of
// lib/people/photo.ts so that the gate's hot path does not load it: their own folder of the
// media store (MEDIA_DIR/photos), which the public route /medias/{key} never reads.
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { localMediaStore, type MediaStore } from "@/lib/media/storage";

export function photoStore(): MediaStore {
  return localMediaStore(path.join(env().MEDIA_DIR, "photos"));
}

/** A stored photo as a data URL (about 30 kB), or null when it is missing. */
export async function photoDataUrl(key: string | null | undefined): Promise<string | null> {
  if (!key) return null;
  const store = photoStore();
  const size = await store.size(key);
  if (size === null) return null;
  const chunks: Uint8Array[] = [];
  const reader = store.read(key, 0, size - 1).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return `data:image/jpeg;base64,${Buffer.concat(chunks).toString("base64")}`;
}
