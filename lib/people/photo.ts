// Issue 18, item 2: the holder photo. A passport without a photo can be lent; with one, the
// controller compares a face. The worker sends one (their phone's camera or a file); their
// referent confirms it before it is shown anywhere. A referent (or an administrator) may also
// add one directly. Every photo is checked by its bytes, turned upright, cropped to a 4:5
// portrait around what stands out (sharp's attention strategy: a face), resized to 480 × 600,
// re-encoded as JPEG and so stripped of every metadata (GPS position, camera, date).
// Photos live in their own folder of the media store (MEDIA_DIR/photos), which the public
// route /medias/{key} never reads: they are shown inline (data URL) to those who may see them.
import "server-only";
import sharp from "sharp";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertPerson } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { MediaError, storeMedia } from "@/lib/media/storage";
import { photoDataUrl, photoStore } from "@/lib/people/photo-store";

export const PHOTO_WIDTH = 480;
export const PHOTO_HEIGHT = 600;
/** Largest photo accepted, in bytes: the page scales photos down before sending them; 8 MB leaves room for a phone's original. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** The portrait to store: upright, cropped, resized, JPEG without metadata. French errors for the field. */
export async function preparePhoto(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength === 0)
    throw new UserFacingError("Le fichier est vide : choisissez une photo.", { photo: "Le fichier est vide : choisissez une photo." });
  if (bytes.byteLength > PHOTO_MAX_BYTES) {
    const message = `La photo pèse ${(bytes.byteLength / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo : 8 Mo au plus.`;
    throw new UserFacingError(message, { photo: message });
  }
  let format: string | undefined;
  let width = 0;
  let height = 0;
  try {
    ({ format, width = 0, height = 0 } = await sharp(bytes).metadata());
  } catch {
    format = undefined;
  }
  if (!format || !["jpeg", "png", "webp"].includes(format)) {
    const message = "Ce fichier n'est pas une photo JPEG, PNG ou WebP (son contenu a été vérifié, pas seulement son nom).";
    throw new UserFacingError(message, { photo: message });
  }
  if (Math.min(width, height) < 120) {
    const message = "La photo est trop petite : 120 pixels de côté au moins.";
    throw new UserFacingError(message, { photo: message });
  }
  return sharp(bytes, { limitInputPixels: 50_000_000 })
    .rotate() // upright, from the EXIF orientation (then dropped with the rest of the metadata)
    .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { fit: "cover", position: sharp.strategy.attention })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

async function storePhoto(bytes: Uint8Array) {
  const prepared = await preparePhoto(bytes);
  try {
    return (await storeMedia(new Uint8Array(prepared), ["image"], photoStore())).key;
  } catch (error) {
    if (error instanceof MediaError) throw new UserFacingError(error.message, { photo: error.message });
    throw error;
  }
}

/** The referent of the person's company (either space) or an administrator. */
function canManage(viewer: Viewer, person: { companyId: string }) {
  return viewer.isAdmin || viewer.company?.id === person.companyId;
}

async function personFor(viewer: Viewer, personId: string) {
  const person = await db.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { id: true, companyId: true, photoKey: true, photoPendingKey: true },
  });
  if (!person || !canManage(viewer, person)) throw new AccessDeniedError();
  return person;
}

/** The worker sends their own photo: it waits for their referent's confirmation. */
export async function sendMyPhoto(viewer: Viewer, bytes: Uint8Array, now = new Date()) {
  assertPerson(viewer);
  const key = await storePhoto(bytes);
  await db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: viewer.person.id }, data: { photoPendingKey: key, photoPendingAt: now } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "photo.sent",
      targetType: "Person",
      targetId: viewer.person.id,
      companyId: viewer.person.companyId,
    });
  });
  return { pending: true };
}

/** A referent or an administrator sets a worker's photo: shown at once (and any waiting one is dropped). */
export async function setEmployeePhoto(viewer: Viewer, personId: string, bytes: Uint8Array) {
  const person = await personFor(viewer, personId);
  const key = await storePhoto(bytes);
  await db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: person.id }, data: { photoKey: key, photoPendingKey: null, photoPendingAt: null } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "photo.set",
      targetType: "Person",
      targetId: person.id,
      companyId: person.companyId,
    });
  });
  return { pending: false };
}

/** The referent confirms or refuses the photo a worker sent. */
export async function decidePhoto(viewer: Viewer, personId: string, decision: "approve" | "refuse") {
  const person = await personFor(viewer, personId);
  const pending = person.photoPendingKey;
  if (!pending) throw new UserFacingError("Aucune photo n'attend de confirmation.");
  return db.$transaction(async (tx) => {
    // only the photo read above, and only once: a newer one sent meanwhile is not decided blindly
    const changed = await tx.person.updateMany({
      where: { id: person.id, photoPendingKey: pending },
      data:
        decision === "approve"
          ? { photoKey: pending, photoPendingKey: null, photoPendingAt: null }
          : { photoPendingKey: null, photoPendingAt: null },
    });
    if (changed.count === 0) throw new UserFacingError("Aucune photo n'attend de confirmation.");
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: decision === "approve" ? "photo.approved" : "photo.refused",
      targetType: "Person",
      targetId: person.id,
      companyId: person.companyId,
    });
    return { approved: decision === "approve" };
  });
}

/** The referent (or an administrator) removes the photo shown. */
export async function removeEmployeePhoto(viewer: Viewer, personId: string) {
  const person = await personFor(viewer, personId);
  await db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: person.id }, data: { photoKey: null } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "photo.removed",
      targetType: "Person",
      targetId: person.id,
      companyId: person.companyId,
    });
  });
}

/** What a person's page shows of their own photo, or a referent of a worker's. */
export async function photoState(viewer: Viewer, personId: string) {
  const person = await db.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { id: true, companyId: true, photoKey: true, photoPendingKey: true, photoPendingAt: true },
  });
  if (!person || (viewer.person?.id !== person.id && !canManage(viewer, person))) throw new AccessDeniedError();
  const [photo, pending] = await Promise.all([photoDataUrl(person.photoKey), photoDataUrl(person.photoPendingKey)]);
  return { photo, pending, pendingAt: person.photoPendingAt };
}
