// Issue 14, item 1: the import template (CSV or XLSX with ?format=xlsx): the column titles.
import { exportRoute } from "@/lib/export/export-route";
import { importTemplate, IMPORT_TEMPLATE_HEADERS } from "@/lib/people/import-template";

export function GET(request: Request) {
  return exportRoute(request, "entreprise", { name: "modele-import-salaries", headers: IMPORT_TEMPLATE_HEADERS, rows: importTemplate });
}
