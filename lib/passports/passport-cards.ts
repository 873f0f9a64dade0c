// Issue 18, item 1: the learner's valid passports as cards for the phone (name, company,
// profile, number, expiry and the QR code that carries the signed credential, the one printed
// on the passport), with the holder's confirmed photo (item 2).
import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { assertPerson } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { photoDataUrl } from "@/lib/people/photo-store";

export type PassportCard = {
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  companyName: string;
  profileName: string;
  expiresAt: Date;
  /** the QR code as an SVG data URL (the CSP allows img-src data:) */
  qrCode: string;
  /** the holder's confirmed photo (JPEG data URL), or null */
  photo: string | null;
};

export async function listOwnPassportCards(viewer: Viewer, now = new Date()): Promise<PassportCard[]> {
  assertPerson(viewer);
  const passports = await db.passport.findMany({
    where: { personId: viewer.person.id, status: "ACTIVE", expiresAt: { gt: now } },
    orderBy: { expiresAt: "desc" },
    select: {
      id: true,
      number: true,
      expiresAt: true,
      person: { select: { firstName: true, lastName: true, photoKey: true } },
      company: { select: { name: true } },
      profile: { select: { name: true } },
    },
  });
  // one person: the same photo on each card
  const photo = passports.length ? await photoDataUrl(passports[0].person.photoKey) : null;
  return Promise.all(
    passports.map(async (p) => {
      const url = await passportVerificationUrl({
        number: p.number,
        lastName: p.person.lastName,
        firstName: p.person.firstName,
        companyName: p.company.name,
        profileName: p.profile.name,
        expiresAt: p.expiresAt,
      });
      const svg = await QRCode.toString(url, {
        type: "svg",
        margin: 2,
        errorCorrectionLevel: "M",
        color: { dark: "#000000", light: "#ffffff" },
      });
      return {
        id: p.id,
        number: p.number,
        firstName: p.person.firstName,
        lastName: p.person.lastName,
        companyName: p.company.name,
        profileName: p.profile.name,
        expiresAt: p.expiresAt,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
        photo,
      };
    }),
  );
}
