// F1: batch printing — several passports in one PDF (?ids=a,b,c), limited to those the
// caller may see; unknown or foreign ids are left out silently. ?format=cartes prints sheets
// of 8 wallet cards per A4 page instead of one page per passport (issue 18, item 7).
import { z } from "zod";
import { isId } from "@/lib/text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { passportPdf } from "@/lib/passports/passport-pdf";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { messagePage } from "@/lib/http/message-page";

const idsSchema = z.array(z.string().refine(isId)).min(1).max(200);

/** The page the form was sent from (its list), else one's space: only its path is kept, so it stays on this site. */
function backTo(request: Request) {
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return undefined;
  const from = new URL(referer);
  // "//host/…" would be read by the browser as another site
  return from.pathname.startsWith("//") ? undefined : `${from.pathname}${from.search}`;
}

export async function GET(request: Request) {
  const viewer = await getCurrentUser();
  if (!viewer) return new Response("Connectez-vous pour imprimer des passeports.", { status: 401 });
  // ?ids=a,b,c or ?ids=a&ids=b (a form of checkboxes)
  const raw = new URL(request.url).searchParams
    .getAll("ids")
    .flatMap((v) => v.split(","))
    .filter(Boolean);
  const ids = idsSchema.safeParse([...new Set(raw)]);
  if (!ids.success)
    return messagePage({
      title: "Aucun passeport sélectionné",
      // the list is in a "vous" space or a "tu" one: the instruction says neither
      message: "Pour imprimer, cocher entre 1 et 200 passeports dans la liste, puis choisir l'impression.",
      status: 400,
      back: backTo(request),
    });
  if (new URL(request.url).searchParams.get("format") === "cartes") {
    return pdfResponse(() => passportPdf(viewer, ids.data, "cards"), "Aucune carte à imprimer\u202f: passeports introuvables ou révoqués.");
  }
  return pdfResponse(() => passportPdf(viewer, ids.data));
}
