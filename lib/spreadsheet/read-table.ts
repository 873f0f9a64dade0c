// Issue 14, items 1 and 2: a spreadsheet file as rows of text, whatever its kind. XLSX is
// read by read-excel-file; CSV (";", "," or tab) by papaparse, after decoding the bytes as
// UTF-8 or, when they are not valid UTF-8 (a French Excel's "CSV (séparateur : point-virgule)"),
// as Windows-1252. Nothing here trusts the content: cells come back as plain trimmed strings.
import { readSheet } from "read-excel-file/node";
import { UserFacingError } from "@/lib/errors";
import { FILE_TOO_LARGE, MAX_FILE_BYTES, MAX_ROWS, TOO_MANY_ROWS } from "@/lib/spreadsheet/limits";
import { cellText, decodeText, parseDelimited } from "@/lib/spreadsheet/delimited";

const UNREADABLE = "Ce fichier n'est pas lisible : enregistrez-le au format CSV ou Excel (.xlsx) et réessayez.";

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The rows of an uploaded file (first sheet of a workbook), without the empty ones. */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new UserFacingError(FILE_TOO_LARGE);
  if (bytes.byteLength === 0) throw new UserFacingError("Le fichier est vide.");
  let rows: string[][];
  if (isZip(bytes)) {
    try {
      const data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      rows = data.map((row) => row.map(cellText));
    } catch {
      throw new UserFacingError(UNREADABLE);
    }
  } else {
    if (bytes.includes(0)) throw new UserFacingError(UNREADABLE);
    rows = parseDelimited(decodeText(bytes).text);
  }
  rows = rows.filter((r) => r.some((c) => c !== ""));
  if (rows.length - 1 > MAX_ROWS) throw new UserFacingError(TOO_MANY_ROWS);
  return rows;
}
