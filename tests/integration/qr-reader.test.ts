// F2 / issue 18: the check screen's QR code reader (lib/passports/qr-reader.ts) reads dense
// signed links from camera-sized frames every time, and the site serves its WebAssembly.
import { createHash } from "node:crypto";
import QRCode from "qrcode";
import { QR_READER_WASM_PATH, readQrCode } from "@/lib/passports/qr-reader";
import { loadQrReaderForTests } from "@/tests/helpers/qr-reader";
import { GET } from "@/app/lecteur-qr/[fichier]/route";

const WIDTH = 640;
const HEIGHT = 480;

/** A 640×480 RGBA frame showing `text` as a QR code, black on white, as large as it fits with its margin. */
function frame(text: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const scale = Math.floor((HEIGHT - 80) / (size + 8));
  const left = Math.floor((WIDTH - size * scale) / 2);
  const top = Math.floor((HEIGHT - size * scale) / 2);
  const data = new Uint8ClampedArray(WIDTH * HEIGHT * 4).fill(255);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++)
      if (qr.modules.get(r, c))
        for (let y = top + r * scale; y < top + (r + 1) * scale; y++)
          for (let x = left + c * scale; x < left + (c + 1) * scale; x++) data.fill(0, (y * WIDTH + x) * 4, (y * WIDTH + x) * 4 + 3);
  return { image: { data, width: WIDTH, height: HEIGHT, colorSpace: "srgb" } as ImageData, version: qr.version, scale };
}

/** A link as long as a signed credential (about 310 characters), different for each `n`. */
function signedLikeLink(n: number, length: number) {
  let tail = "";
  for (let i = 0; tail.length < length; i++) tail += createHash("sha256").update(`${n}-${i}`).digest("base64url");
  return `https://passeport-securite.fr/v/${tail.slice(0, length)}`;
}

beforeAll(() => loadQrReaderForTests());

it("reads every dense signed link from a camera-sized frame, at versions 10 to 13", async () => {
  const versions = new Set<number>();
  const misread: string[] = [];
  // 80 different links: the JavaScript reader used before missed about 1 in 6 of these
  for (let n = 0; n < 80; n++) {
    const text = signedLikeLink(n, 180 + (n % 4) * 35);
    const { image, version, scale } = frame(text);
    versions.add(version);
    expect(scale).toBeGreaterThanOrEqual(5);
    if ((await readQrCode(image)) !== text) misread.push(text);
  }
  expect([...versions].sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
  expect(misread).toEqual([]);
});

it("says there is no QR code in a blank frame or one showing half of it", async () => {
  const blank = {
    data: new Uint8ClampedArray(WIDTH * HEIGHT * 4).fill(255),
    width: WIDTH,
    height: HEIGHT,
    colorSpace: "srgb",
  } as ImageData;
  expect(await readQrCode(blank)).toBeNull();
  const { image } = frame(signedLikeLink(1, 250));
  // the lower half hidden (a thumb over the card): nothing, rather than a wrong text
  image.data.fill(255, (HEIGHT / 2) * WIDTH * 4);
  expect(await readQrCode(image)).toBeNull();
});

it("serves the reader's WebAssembly under its versioned name only, cacheable for a year", async () => {
  const name = QR_READER_WASM_PATH.split("/").pop()!;
  const response = await GET(new Request(`http://localhost${QR_READER_WASM_PATH}`), { params: Promise.resolve({ fichier: name }) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/wasm");
  expect(response.headers.get("cache-control")).toContain("immutable");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d])); // "\0asm"
  const old = await GET(new Request("http://localhost/lecteur-qr/zxing_reader-0.0.1.wasm"), {
    params: Promise.resolve({ fichier: "zxing_reader-0.0.1.wasm" }),
  });
  expect(old.status).toBe(404);
});
