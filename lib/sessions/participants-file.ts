// Issue 14, item 2: a participants file (CSV or XLSX) uploaded in the wizard's step 2, read
// in the request like an employee import (never stored) and handed back as form rows.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertTrainer } from "@/lib/auth/access";
import { readTable } from "@/lib/spreadsheet/read-table";
import { participantsFromRows } from "@/lib/sessions/participant-rows";

export async function readParticipantsFile(viewer: Viewer, bytes: Uint8Array) {
  assertTrainer(viewer);
  return participantsFromRows(await readTable(bytes)).slice(0, 40);
}
