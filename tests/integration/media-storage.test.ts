// Issue 12, item 2: uploads are accepted for what their bytes are, within a size limit, stored
// once under their SHA-256, and served with HTTP range requests.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { MediaError, localMediaStore, maxBytes, sniffMedia, storeMedia } from "@/lib/media/storage";
import { GET, HEAD } from "@/app/medias/[cle]/route";

// tests/.tmp is not in the repository: a fresh clone has it only once another test made it
mkdirSync(path.join(process.cwd(), "tests/.tmp"), { recursive: true });
const dir = mkdtempSync(path.join(process.cwd(), "tests/.tmp/media-"));
const previous = { dir: process.env.MEDIA_DIR, max: process.env.MEDIA_MAX_MB };
beforeAll(() => {
  process.env.MEDIA_DIR = dir;
});
/** puts a variable back as it was (assigning undefined would store the text "undefined") */
const restore = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
afterAll(() => {
  restore("MEDIA_DIR", previous.dir);
  rmSync(dir, { recursive: true, force: true });
});

const demo = (file: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "public/media/circulation-sur-site", file)));
const serve = (key: string, headers: Record<string, string> = {}, method: "GET" | "HEAD" = "GET") =>
  (method === "GET" ? GET : HEAD)(new Request(`http://localhost/medias/${key}`, { method, headers }), {
    params: Promise.resolve({ cle: key }),
  });

/** An MP4 header ("ftyp" box) followed by `size` bytes in all. */
function fakeMp4(size: number) {
  const bytes = new Uint8Array(size);
  bytes.set([0, 0, 0, 0x18], 0);
  bytes.set(Buffer.from("ftypisom\0\0\x02\0isomiso2"), 4);
  return bytes;
}

describe("media uploads", () => {
  it("recognises the accepted types by their bytes, whatever the name", async () => {
    expect(await sniffMedia(demo("video.mp4"))).toBe("mp4");
    expect(await sniffMedia(demo("video.webm"))).toBe("webm");
    expect(await sniffMedia(demo("captions.vtt"))).toBe("vtt");
    expect(await sniffMedia(demo("poster.jpg"))).toBe("jpg");
    expect(await sniffMedia(new Uint8Array(Buffer.from("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n")))).toBe("vtt");
    expect(await sniffMedia(new Uint8Array(Buffer.from("WEBVTTX\n")))).toBeNull();
  });

  it("refuses a renamed executable, and a file of the wrong kind for the field, in French", async () => {
    const executable = new Uint8Array(readFileSync(process.execPath).subarray(0, 64 * 1024)); // node's own ELF binary
    await expect(storeMedia(executable, ["video"])).rejects.toMatchObject({
      code: "WRONG_TYPE",
      message: "Ce fichier n'est pas une vidéo MP4 ou WebM (son contenu a été vérifié, pas seulement son nom).",
    });
    await expect(storeMedia(demo("poster.jpg"), ["video"])).rejects.toBeInstanceOf(MediaError);
    await expect(storeMedia(demo("video.mp4"), ["captions"])).rejects.toMatchObject({ code: "WRONG_TYPE" });
    await expect(storeMedia(new Uint8Array(0), ["video"])).rejects.toMatchObject({ code: "EMPTY" });
  });

  it("refuses a file over the configured limit, saying its size and the limit", async () => {
    process.env.MEDIA_MAX_MB = "1";
    try {
      expect(maxBytes("video")).toBe(1024 * 1024);
      await expect(storeMedia(fakeMp4(1.5 * 1024 * 1024), ["video"])).rejects.toMatchObject({
        code: "TOO_LARGE",
        message: "Le fichier pèse 1,5 Mo : une vidéo MP4 ou WebM ne peut dépasser 1 Mo.",
      });
      const small = await storeMedia(fakeMp4(512 * 1024), ["video"]);
      expect(small).toMatchObject({ kind: "video", mime: "video/mp4", size: 512 * 1024 });
    } finally {
      restore("MEDIA_MAX_MB", previous.max);
    }
  });

  it("stores a file once under its SHA-256", async () => {
    const bytes = demo("captions.vtt");
    const first = await storeMedia(bytes, ["captions"]);
    const again = await storeMedia(bytes, ["captions"]);
    expect(first.key).toBe(`${createHash("sha256").update(bytes).digest("hex")}.vtt`);
    expect(again.key).toBe(first.key);
    expect(await localMediaStore(dir).size(first.key)).toBe(bytes.byteLength);
    expect(readFileSync(path.join(dir, first.key))).toEqual(Buffer.from(bytes));
  });
});

describe("GET /medias/<key>", () => {
  it("serves the whole file, a range, the end of it, and says when a range cannot be served", async () => {
    const bytes = demo("video.mp4");
    const { key } = await storeMedia(bytes, ["video"]);
    const whole = await serve(key);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(Buffer.from(bytes));

    const part = await serve(key, { range: "bytes=100-1099" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-1099/${bytes.byteLength}`);
    expect(part.headers.get("content-length")).toBe("1000");
    expect(Buffer.from(await part.arrayBuffer())).toEqual(Buffer.from(bytes.subarray(100, 1100)));

    const open = await serve(key, { range: `bytes=${bytes.byteLength - 10}-` });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer())).toEqual(Buffer.from(bytes.subarray(bytes.byteLength - 10)));

    const suffix = await serve(key, { range: "bytes=-5" });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(Buffer.from(bytes.subarray(bytes.byteLength - 5)));

    const beyond = await serve(key, { range: `bytes=${bytes.byteLength}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.byteLength}`);

    const head = await serve(key, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(bytes.byteLength));

    const cached = await serve(key, { "if-none-match": `"${key.slice(0, 64)}"` });
    expect(cached.status).toBe(304);
  });

  it("answers 404 for an unknown key and for anything that is not a key (no path outside the folder)", async () => {
    for (const key of [`${"0".repeat(64)}.mp4`, "../../package.json", "..%2F..%2Fpackage.json", "captions.vtt", `${"a".repeat(64)}.exe`]) {
      expect((await serve(key)).status).toBe(404);
    }
  });
});
