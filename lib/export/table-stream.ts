// Issue 14, item 3: a list exported as CSV for a French Excel or as XLSX, streamed. Rows come
// from an async iterator of batches (keyset-paged queries): each batch is encoded and handed
// to the response when the client reads it, so that 150,000 rows never sit in memory at once.
// CSV: UTF-8 with BOM (or Excel garbles accents), ";" (Excel's separator in French), CRLF,
// quotes where needed, and a cell that starts like a formula (= + - @, tab, CR) prefixed with a
// quote (CSV injection: names are typed by users). XLSX: the SpreadsheetML of one sheet,
// written as it goes into a ZIP by fflate; every text is an inline string, never a formula.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { formatDate } from "@/lib/format";

export type Cell = string | number | Date | null | undefined;
export type ExportFormat = "csv" | "xlsx";
export type RowBatches = AsyncIterable<Cell[][]>;

export const exportFormat = (value: string | null): ExportFormat => (value === "xlsx" ? "xlsx" : "csv");

const text = (value: Cell): string =>
  value === null || value === undefined ? "" : value instanceof Date ? formatDate(value) : String(value);

export function csvCell(value: Cell): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  const s = text(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: Cell[]) => cells.map(csvCell).join(";") + "\r\n";

const XML_SAFE = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlEscape = (s: string) =>
  s.replace(XML_SAFE, "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function columnName(i: number) {
  let n = i + 1;
  let name = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function xlsxRow(cells: Cell[], rowNumber: number) {
  const xml = cells.map((value, i) => {
    const ref = `${columnName(i)}${rowNumber}`;
    if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
    const s = text(value);
    return s === "" ? "" : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(s)}</t></is></c>`;
  });
  return `<row r="${rowNumber}">${xml.join("")}</row>`;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_FILES: [string, string][] = [
  [
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  ],
  [
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

/** The bytes of the file, produced batch by batch as the reader pulls them. */
export function tableStream(
  format: ExportFormat,
  headers: string[],
  batches: RowBatches,
  sheetName = "Export",
): ReadableStream<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  if (format === "csv") {
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>(
      {
        start(controller) {
          controller.enqueue(encoder.encode("\uFEFF" + csvLine(headers)));
        },
        async pull(controller) {
          const { value, done } = await iterator.next();
          if (done) return controller.close();
          controller.enqueue(encoder.encode(value.map(csvLine).join("")));
        },
        async cancel() {
          await iterator.return?.();
        },
      },
      { highWaterMark: 0 },
    );
  }

  let rowNumber = 1;
  let sheet: ZipDeflate;
  let zip: Zip;
  let emitted = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((err, chunk, final) => {
          if (err) return controller.error(err);
          if (chunk.length) {
            emitted++;
            controller.enqueue(chunk);
          }
          if (final) controller.close();
        });
        const workbook = `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="${xmlEscape(sheetName).slice(0, 31)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
        for (const [name, content] of [...PACKAGE_FILES, ["xl/workbook.xml", workbook]]) {
          const file = new ZipDeflate(name, { level: 6 });
          zip.add(file);
          file.push(strToU8(XML_HEAD + content), true);
        }
        sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
        zip.add(sheet);
        const frozen = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
        sheet.push(strToU8(`${XML_HEAD}<worksheet ${NS}>${frozen}<sheetData>${xlsxRow(headers, rowNumber++)}`));
      },
      // deflate keeps small inputs until it has a block: read batches until bytes come out,
      // or the stream would wait for a pull that nobody asks for
      async pull() {
        const before = emitted;
        while (emitted === before) {
          const { value, done } = await iterator.next();
          if (done) {
            sheet.push(strToU8("</sheetData></worksheet>"), true);
            zip.end();
            return;
          }
          sheet.push(strToU8(value.map((cells) => xlsxRow(cells, rowNumber++)).join("")));
        }
      },
      async cancel() {
        zip.terminate();
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

/** The download: `name` without extension, today's date added. */
export function exportResponse(format: ExportFormat, name: string, headers: string[], batches: RowBatches) {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(tableStream(format, headers, batches), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}-${day}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
