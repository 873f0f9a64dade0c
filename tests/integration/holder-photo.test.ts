// Issue 18, item 2: holder photos are checked by their bytes, size-limited, cropped to a
// portrait and stripped of metadata; a worker's photo waits for their referent; the
// controller sees the confirmed photo at the gate (from the database), the public page never.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import {
  decidePhoto,
  PHOTO_HEIGHT,
  PHOTO_WIDTH,
  photoState,
  preparePhoto,
  removeEmployeePhoto,
  sendMyPhoto,
  setEmployeePhoto,
} from "@/lib/people/photo";
import { photoDataUrl } from "@/lib/people/photo-store";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { verifyPassport } from "@/lib/passports/verify-passport";
import { passportDocumentHtml } from "@/lib/passports/passport-document";
import { closePdfBrowser, renderPdf } from "@/lib/pdf/render-pdf";
import { findChromium } from "@/lib/pdf/chromium";
import { DEMO, ownPassport, viewerOf } from "@/tests/helpers/demo";

mkdirSync(path.join(process.cwd(), "tests/.tmp"), { recursive: true });
const dir = mkdtempSync(path.join(process.cwd(), "tests/.tmp/photos-"));
const previous = process.env.MEDIA_DIR;
beforeAll(() => {
  process.env.MEDIA_DIR = dir;
});
afterAll(async () => {
  process.env.MEDIA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
  await closePdfBrowser();
  await db.$disconnect();
});

/** A landscape "phone photo" with a camera's metadata: EXIF (maker, GPS position) and an orientation. */
function phonePhoto(width = 1200, height = 900) {
  return sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#e0b090"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Secret Model", Copyright: "Jean Dupont" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "47/1 25/1 0/1" },
    })
    .toBuffer();
}

const fieldError = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof UserFacingError ? e.fieldErrors?.photo : `autre erreur : ${String(e)}`),
  );

describe("preparing a photo", () => {
  it("turns a phone photo into a 480 × 600 JPEG portrait without any metadata", async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const prepared = await preparePhoto(new Uint8Array(original));
    const meta = await sharp(prepared).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: PHOTO_WIDTH, height: PHOTO_HEIGHT });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(prepared.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect(prepared.includes(Buffer.from("Secret Model"))).toBe(false);
  });

  it("refuses what is not a photo by its bytes, a too large file and a tiny image, in French", async () => {
    // an executable named photo.jpg: its bytes say what it is
    const exe = new Uint8Array(Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(4000, 1)]));
    expect(await fieldError(preparePhoto(exe))).toBe(
      "Ce fichier n'est pas une photo JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom).",
    );
    const svg = new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="500"></svg>'));
    expect(await fieldError(preparePhoto(svg))).toContain("n'est pas une photo JPEG, PNG ou WebP");
    expect(await fieldError(preparePhoto(new Uint8Array(9 * 1024 * 1024)))).toBe("La photo pèse 9 Mo : 8 Mo au plus.");
    expect(await fieldError(preparePhoto(new Uint8Array(0)))).toBe("Le fichier est vide : choisissez une photo.");
    const tiny = await sharp({ create: { width: 80, height: 100, channels: 3, background: "#888" } })
      .png()
      .toBuffer();
    expect(await fieldError(preparePhoto(new Uint8Array(tiny)))).toBe("La photo est trop petite : 120 pixels de côté au moins.");
  });
});

describe("a worker's photo, confirmed by the referent, shown at the gate", () => {
  it("waits for the referent, then shows to the controller and never on the public page", async () => {
    const { holder, number } = await ownPassport("F");
    const worker = (await loadViewer(holder.accountId))!;
    const [referent, otherReferent, controller, trainer, admin] = await Promise.all(
      [DEMO.referent, DEMO.member, DEMO.controller, DEMO.trainer, DEMO.admin].map(viewerOf),
    );
    expect(referent.company?.id).toBe(holder.companyId);
    expect(otherReferent.company?.id).not.toBe(holder.companyId);

    expect(await sendMyPhoto(worker, new Uint8Array(await phonePhoto()))).toEqual({ pending: true });
    let state = await photoState(worker, holder.id);
    expect(state.photo).toBeNull();
    expect(state.pending).toMatch(/^data:image\/jpeg;base64,/);
    // not confirmed: nothing at the gate
    expect((await checkAtGate(controller, number)).photo).toBeNull();

    // only the holder's company (or an administrator) decides
    for (const stranger of [otherReferent, controller, trainer, worker]) {
      await expect(decidePhoto(stranger, holder.id, "approve")).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(setEmployeePhoto(stranger, holder.id, new Uint8Array(await phonePhoto()))).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(removeEmployeePhoto(stranger, holder.id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(photoState(otherReferent, holder.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(photoState(controller, holder.id)).rejects.toBeInstanceOf(AccessDeniedError);

    expect(await decidePhoto(referent, holder.id, "approve")).toEqual({ approved: true });
    await expect(decidePhoto(referent, holder.id, "approve")).rejects.toThrow("Aucune photo n'attend de confirmation.");
    state = await photoState(referent, holder.id);
    expect(state.photo).toMatch(/^data:image\/jpeg;base64,/);
    expect(state.pending).toBeNull();

    const atGate = await checkAtGate(controller, number);
    expect(atGate.result).toBe("VALID");
    expect(atGate.photo).toBe(state.photo);
    // the public page and the API answer without it
    expect((await verifyPassport({ number }, { channel: "PUBLIC_LINK" })).photo).toBeUndefined();
    // stored apart from the public media: /medias/{key} never serves a photo
    const { photoKey } = await db.person.findUniqueOrThrow({ where: { id: holder.id }, select: { photoKey: true } });
    expect(execFileSync("ls", [path.join(dir, "photos")], { encoding: "utf8" })).toContain(photoKey!);
    expect(
      execFileSync("ls", [dir], { encoding: "utf8" })
        .split("\n")
        .filter((f) => f.endsWith(".jpg")),
    ).toEqual([]);

    // a new photo from the worker waits again; the referent refuses it: the confirmed one stays
    await sendMyPhoto(worker, new Uint8Array(await phonePhoto(900, 1200)));
    expect(await decidePhoto(referent, holder.id, "refuse")).toEqual({ approved: false });
    expect((await photoState(worker, holder.id)).photo).toBe(state.photo);

    // an administrator removes it; the gate shows initials again
    await removeEmployeePhoto(admin, holder.id);
    expect((await checkAtGate(controller, number)).photo).toBeNull();
    const actions = await db.auditLog.findMany({
      where: { targetId: holder.id, action: { startsWith: "photo." } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["photo.approved", "photo.refused", "photo.removed", "photo.sent", "photo.sent"]);
  });
});

const describeWithChromium = findChromium() ? describe : describe.skip;
describeWithChromium("the photo on the printed passport", () => {
  it("prints the confirmed photo on the page and on the wallet card", async () => {
    const prepared = await preparePhoto(new Uint8Array(await phonePhoto()));
    const photo = `data:image/jpeg;base64,${prepared.toString("base64")}`;
    const data = {
      number: "PS-2026-PH0T0S",
      holderFirstName: "Jean",
      holderLastName: "Dupont",
      companyName: "Carrières Services Transports",
      profileName: "Salarié technique",
      issuedAt: new Date("2026-03-01T10:00:00Z"),
      expiresAt: new Date("2029-03-01T10:00:00Z"),
      verificationUrl: "https://passeport-securite.fr/verification/abc",
    };
    const file = path.join(process.cwd(), "tests/.tmp/passeport-photo.pdf");
    writeFileSync(file, await renderPdf(await passportDocumentHtml([{ ...data, photo }])));
    // pdfimages lists the images drawn: the photo twice (page and card), at its own size
    const withPhoto = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" });
    expect(withPhoto.split("\n").filter((l) => /\s480\s+600\s/.test(l))).toHaveLength(2);
    // anything but one of our JPEG data URLs is left out of the HTML
    const html = await passportDocumentHtml([{ ...data, photo: 'data:image/jpeg;base64,AAAA" onerror="alert(1)' }]);
    expect(html).not.toContain("onerror");
    expect(await photoDataUrl(null)).toBeNull();
  });
});
