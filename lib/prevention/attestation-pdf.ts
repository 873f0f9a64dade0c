// Issue 14, item 6: the "Attestation de formation" PDF of a passport, for whoever may see the
// passport (its holder, the holder's company, the trainer of its session, administrators).
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visiblePassportsWhere } from "@/lib/passports/passport-access";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { isId } from "@/lib/text";
import { trainingRecord, trainingSelect } from "@/lib/prevention/training-record";
import { attestationDocumentHtml } from "@/lib/prevention/attestation-document";

/** The training record of a passport the viewer may see; null otherwise (the caller answers 404). */
export async function getTrainingRecord(viewer: Viewer, passportId: string, now = new Date()) {
  if (!isId(passportId)) return null;
  const row = await db.passport.findFirst({ where: { AND: [{ id: passportId }, visiblePassportsWhere(viewer)] }, select: trainingSelect });
  return row ? trainingRecord(row, now) : null;
}

export async function attestationPdf(viewer: Viewer, passportId: string, now = new Date()) {
  const record = await getTrainingRecord(viewer, passportId, now);
  if (!record) return null;
  const bytes = await renderPdf(attestationDocumentHtml([record], now));
  return { bytes, filename: `attestation-formation-${record.passportNumber}.pdf` };
}
