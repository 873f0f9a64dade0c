// F1: a passport as PDF, for whoever may see it (holder, company, trainer, admin).
import { getCurrentUser } from "@/lib/auth/current-user";
import { passportPdf } from "@/lib/passports/passport-pdf";
import { ChromiumUnavailableError } from "@/lib/pdf/render-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response("Connectez-vous pour télécharger ce passeport.", { status: 401 });
  const { id } = await params;
  try {
    const pdf = await passportPdf(viewer, [id]);
    if (!pdf) return new Response("Passeport introuvable.", { status: 404 });
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdf.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ChromiumUnavailableError) {
      return new Response(error.message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
