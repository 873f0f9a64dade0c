// F1: one or many passports in one PDF, only those the viewer may see: one page each, or
// (issue 18, item 7) sheets of 8 wallet cards to cut out.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getPassportsForPrint } from "@/lib/passports/passport-access";
import { passportDocumentHtml, walletSheetHtml } from "@/lib/passports/passport-document";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { photoDataUrl } from "@/lib/people/photo-store";

export type PrintLayout = "pages" | "cards";

export async function passportPdf(viewer: Viewer, passportIds: string[], layout: PrintLayout = "pages") {
  const passports = await getPassportsForPrint(viewer, passportIds);
  if (passports.length === 0) return null;
  const data = await Promise.all(
    passports.map(async (p) => ({
      number: p.number,
      holderFirstName: p.person.firstName,
      holderLastName: p.person.lastName,
      // issue 18, item 2: the confirmed photo, from the database
      photo: await photoDataUrl(p.person.photoKey),
      companyName: p.company.name,
      profileName: p.profile.name,
      language: p.language,
      issuedAt: p.issuedAt,
      expiresAt: p.expiresAt,
      status: p.status,
      verificationUrl: await passportVerificationUrl({
        number: p.number,
        lastName: p.person.lastName,
        firstName: p.person.firstName,
        companyName: p.company.name,
        profileName: p.profile.name,
        expiresAt: p.expiresAt,
      }),
    })),
  );
  const html = layout === "cards" ? await walletSheetHtml(data) : await passportDocumentHtml(data);
  // only revoked passports selected for cards: nothing to print
  if (html === null) return null;
  const bytes = await renderPdf(html);
  const filename =
    layout === "cards"
      ? `cartes-passeport-${passports.length}.pdf`
      : passports.length === 1
        ? `passeport-${passports[0].number}.pdf`
        : `passeports-${passports.length}.pdf`;
  return { bytes, filename };
}
