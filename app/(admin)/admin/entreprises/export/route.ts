// Issue 14, item 3: "ENTREPRISES" as a file (CSV or XLSX with ?format=xlsx), streamed.
import { exportRoute } from "@/lib/export/export-route";
import { COMPANY_EXPORT_HEADERS, exportCompaniesForAdmin } from "@/lib/companies/export-companies";

export function GET(request: Request) {
  return exportRoute(request, "admin", { name: "entreprises", headers: COMPANY_EXPORT_HEADERS, rows: exportCompaniesForAdmin });
}
