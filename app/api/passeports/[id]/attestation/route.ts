// Issue 14, item 6: a passport's "Attestation de formation" (Passeport de prévention) as PDF,
// for whoever may see the passport (holder, company, trainer of its session, admin).
import { getCurrentUser } from "@/lib/auth/current-user";
import { attestationPdf } from "@/lib/prevention/attestation-pdf";
import { pdfResponse } from "@/lib/pdf/pdf-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response("Connectez-vous pour télécharger cette attestation.", { status: 401 });
  const { id } = await params;
  return pdfResponse(() => attestationPdf(viewer, id), "Attestation introuvable.");
}
