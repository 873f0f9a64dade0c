// Issue 14, item 1: the template of the employee import: the column titles and no row (an
// example row would be imported by whoever forgets to delete it).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { IMPORT_COLUMNS } from "@/lib/people/employee-import.schema";
import type { RowBatches } from "@/lib/export/table-stream";

export const IMPORT_TEMPLATE_HEADERS = IMPORT_COLUMNS.map((c) => c.label);

export function importTemplate(viewer: Viewer): RowBatches {
  assertCompany(viewer);
  return (async function* () {})();
}
