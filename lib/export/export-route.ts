// Issue 14, item 3: what every export route does: the signed-in viewer, the space the URL
// belongs to, then the data layer's own check (each batches function asserts the viewer
// before any byte is sent). Any refusal is the same 404 as a page of another space.
import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AccessDeniedError } from "@/lib/auth/access";
import { canOpen, type Space } from "@/lib/auth/spaces";
import type { Viewer } from "@/lib/auth/viewer";
import { exportFormat, exportResponse, type RowBatches } from "@/lib/export/table-stream";

const notFound = () => new Response("Page introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function exportRoute(
  request: Request,
  space: Space,
  file: { name: string; headers: string[]; rows: (viewer: Viewer) => RowBatches },
) {
  const viewer = await getCurrentUser();
  if (!viewer || !canOpen(viewer, space)) return notFound();
  let rows: RowBatches;
  try {
    rows = file.rows(viewer);
  } catch (error) {
    if (error instanceof AccessDeniedError) return notFound();
    throw error;
  }
  return exportResponse(exportFormat(new URL(request.url).searchParams.get("format")), file.name, file.headers, rows);
}
