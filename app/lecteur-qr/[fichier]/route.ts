// The QR code reader's WebAssembly (lib/passports/qr-reader.ts), served from the installed
// zxing-wasm package under a versioned name: the bytes under a name never change, so browsers
// keep them a year and a new version gets a new name.
import { readFile } from "node:fs/promises";
import path from "node:path";

const PACKAGE = path.join(process.cwd(), "node_modules", "zxing-wasm");

let wasm: Promise<{ name: string; bytes: Buffer }> | undefined;

function load() {
  wasm ??= (async () => {
    const { version } = JSON.parse(await readFile(path.join(PACKAGE, "package.json"), "utf8")) as { version: string };
    return { name: `zxing_reader-${version}.wasm`, bytes: await readFile(path.join(PACKAGE, "dist", "reader", "zxing_reader.wasm")) };
  })().catch((error: unknown) => {
    wasm = undefined;
    throw error;
  });
  return wasm;
}

export async function GET(_request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const [{ fichier }, { name, bytes }] = await Promise.all([params, load()]);
  if (fichier !== name)
    return new Response("Fichier introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/wasm",
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
