// F1: a passport as PDF, for whoever may see it (holder, company, trainer, admin).
import { getCurrentUser } from "@/lib/auth/current-user";
import { passportPdf } from "@/lib/passports/passport-pdf";
import { pdfResponse } from "@/lib/pdf/pdf-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response("Connectez-vous pour télécharger ce passeport.", { status: 401 });
  const { id } = await params;
  return pdfResponse(() => passportPdf(viewer, [id]));
}
