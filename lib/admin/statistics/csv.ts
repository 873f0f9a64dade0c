// CSV for French Excel: UTF-8 with a byte order mark (or accents come out garbled), ";" between
// fields and a decimal comma. A field that starts like a formula is prefixed with a quote
// (CSV injection: names and answers are typed by users).
import type { CellValue } from "@/lib/admin/statistics/datasets";

function field(value: CellValue): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(headers: string[], rows: CellValue[][]): string {
  return "\uFEFF" + [headers, ...rows].map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
}
