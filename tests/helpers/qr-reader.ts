// The check screen's QR code reader in Node: its WebAssembly read from the installed package
// (in the browser it is fetched from app/lecteur-qr).
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadQrReader } from "@/lib/passports/qr-reader";

export function loadQrReaderForTests() {
  const wasm = readFileSync(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader/zxing_reader.wasm"));
  return loadQrReader(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
}
