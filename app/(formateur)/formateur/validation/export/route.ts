// Issue 14, item 3: the trainer's participants as a file (CSV or XLSX with ?format=xlsx), streamed.
import { exportRoute } from "@/lib/export/export-route";
import { exportTrainerParticipants, PARTICIPANT_EXPORT_HEADERS } from "@/lib/sessions/export-participants";

export function GET(request: Request) {
  return exportRoute(request, "formateur", { name: "participants", headers: PARTICIPANT_EXPORT_HEADERS, rows: exportTrainerParticipants });
}
