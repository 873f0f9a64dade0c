// Issue 14, item 3: "UTILISATEURS" as a file (CSV or XLSX with ?format=xlsx), streamed.
import { exportRoute } from "@/lib/export/export-route";
import { exportPeopleForAdmin, PEOPLE_EXPORT_HEADERS } from "@/lib/people/export-employees";

export function GET(request: Request) {
  return exportRoute(request, "admin", { name: "utilisateurs", headers: PEOPLE_EXPORT_HEADERS, rows: exportPeopleForAdmin });
}
