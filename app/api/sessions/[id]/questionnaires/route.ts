// E4–E6: the questionnaires of a session, for its own trainer only (others get 404).
import { getCurrentUser } from "@/lib/auth/current-user";
import { isTrainer } from "@/lib/auth/access";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { questionnairePdf } from "@/lib/sessions/questionnaire-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response("Connectez-vous pour imprimer les questionnaires.", { status: 401 });
  if (!isTrainer(viewer)) return new Response("Accès réservé aux formateurs.", { status: 403 });
  const { id } = await params;
  return pdfResponse(() => questionnairePdf(viewer, id), "Session introuvable.");
}
