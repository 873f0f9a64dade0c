// Issue 14, item 3: "Exporter la liste" (CSV or XLSX with ?format=xlsx), streamed.
import { exportRoute } from "@/lib/export/export-route";
import { EMPLOYEE_EXPORT_HEADERS, exportEmployees } from "@/lib/people/export-employees";

export function GET(request: Request) {
  return exportRoute(request, "adherent", {
    name: "salaries",
    headers: EMPLOYEE_EXPORT_HEADERS,
    rows: (viewer) => exportEmployees(viewer),
  });
}
