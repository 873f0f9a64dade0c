import "server-only";
import { ChromiumUnavailableError, PdfInterruptedError } from "@/lib/pdf/render-pdf";

/** Serves a generated PDF, or a clear French answer when there is nothing to print, no Chromium, or Chromium died meanwhile (503: try again). */
export async function pdfResponse(make: () => Promise<{ bytes: Buffer; filename: string } | null>, notFound = "Passeport introuvable.") {
  try {
    const pdf = await make();
    if (!pdf) return new Response(notFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdf.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ChromiumUnavailableError || error instanceof PdfInterruptedError) {
      return new Response(error.message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
