// Reads a passport's QR code from a camera frame (F2, issue 18) with ZXing's C++ reader compiled
// to WebAssembly (zxing-wasm). It replaced the pure-JavaScript port (@zxing/browser), whose
// detector missed about one QR code in six even on perfect images of dense signed links
// (measured: 33 of 200 at version 13, 36 of 200 at version 10; zxing-wasm: 0 of 200 each).
// The WebAssembly file is served by this site (app/lecteur-qr), never from a CDN: the page
// security policy allows 'self' only, and the check screen must work in a quarry's poor signal.
import { prepareZXingModule, readBarcodes, ZXING_WASM_VERSION, type ReaderOptions } from "zxing-wasm/reader";

/** Where the browser fetches the reader: the version in the name lets it be cached for good. */
export const QR_READER_WASM_PATH = `/lecteur-qr/zxing_reader-${ZXING_WASM_VERSION}.wasm`;

const OPTIONS: ReaderOptions = { formats: ["QRCode"], tryHarder: true, tryInvert: false, maxNumberOfSymbols: 1 };

let prepared: Promise<unknown> | undefined;

/**
 * Loads the reader once: from this site in the browser, or from the given bytes (tests, Node).
 * A failed load is forgotten, so that the next scan tries again.
 */
export function loadQrReader(wasmBinary?: ArrayBuffer) {
  prepared ??= prepareZXingModule({
    overrides: wasmBinary
      ? { wasmBinary }
      : { locateFile: (file: string, prefix: string) => (file.endsWith(".wasm") ? QR_READER_WASM_PATH : prefix + file) },
    fireImmediately: true,
  }).catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}

/** The text of the QR code seen in the frame, or null when there is none (or none readable). */
export async function readQrCode(frame: ImageData): Promise<string | null> {
  await loadQrReader();
  const [result] = await readBarcodes(frame, OPTIONS);
  return result?.isValid ? result.text : null;
}
