// F1: one or many passports in one PDF, only those the viewer may see.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { getPassportsForPrint } from "@/lib/passports/passport-access";
import { passportDocumentHtml } from "@/lib/passports/passport-document";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { renderPdf } from "@/lib/pdf/render-pdf";

export async function passportPdf(viewer: Viewer, passportIds: string[]) {
  const passports = await getPassportsForPrint(viewer, passportIds);
  if (passports.length === 0) return null;
  const html = await passportDocumentHtml(
    await Promise.all(
      passports.map(async (p) => ({
        number: p.number,
        holderFirstName: p.person.firstName,
        holderLastName: p.person.lastName,
        companyName: p.company.name,
        profileName: p.profile.name,
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
    ),
  );
  const bytes = await renderPdf(html);
  const filename = passports.length === 1 ? `passeport-${passports[0].number}.pdf` : `passeports-${passports.length}.pdf`;
  return { bytes, filename };
}
