// Issue 14, item 4: "Télécharger mes données" as a ZIP (donnees.json, resume.pdf, LISEZMOI.txt),
// for the person or for an administrator answering a request received by post; each download
// is written in the audit log. The JSON and the PDF are built first (a person's data is small);
// fflate then compresses them into the response as it is read (zipStream).
import "server-only";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { audit } from "@/lib/audit/audit";
import { collectPersonalData } from "@/lib/people/personal-data";
import { personalDataDocumentHtml } from "@/lib/people/personal-data-document";
import { ChromiumUnavailableError, renderPdf } from "@/lib/pdf/render-pdf";
import { AccessDeniedError } from "@/lib/auth/access";
import { retentionWording } from "@/lib/retention/retention-policy";

const README = (w: ReturnType<typeof retentionWording>) =>
  [
    "Vos données — Passeport Sécurité",
    "",
    "donnees.json : toutes les données que la plateforme conserve sur vous (format JSON, champ schemaVersion).",
    "resume.pdf : les mêmes données, en résumé lisible.",
    "",
    "Ne figurent pas dans ce dossier : votre mot de passe (seule son empreinte est conservée, elle ne",
    "permet pas de le retrouver), les liens à usage unique, ni les données d'autres personnes (les",
    "personnes qui ont contrôlé votre passeport ou agi sur votre compte apparaissent par leur rôle).",
    "",
    `Durées de conservation : contrôles de passeport, ${w.checks} ; e-mails, ${w.emailBodies}.`,
    "Détail et exercice de vos droits : page « Confidentialité » de la plateforme.",
    "",
  ].join("\r\n");

/** Builds the ZIP's parts and records the download; null when the person does not exist. */
export async function personalDataArchive(viewer: Viewer | null, personId: string, now = new Date()) {
  const data = await collectPersonalData(viewer, personId, now);
  if (!data) return null;
  const pdf = await renderPdf(personalDataDocumentHtml(data));
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { companyId: true } });
  await db.$transaction((tx) =>
    audit(tx, {
      actorAccountId: viewer!.accountId,
      action: "person.data_exported",
      targetType: "Person",
      targetId: personId,
      companyId: person.companyId,
      data: { by: viewer!.isAdmin && viewer!.person?.id !== personId ? "administrateur" : "la personne" },
    }),
  );
  const day = now.toISOString().slice(0, 10);
  const files: [string, Uint8Array, boolean][] = [
    ["LISEZMOI.txt", new TextEncoder().encode(README(retentionWording())), true],
    ["donnees.json", new TextEncoder().encode(JSON.stringify(data, null, 2)), true],
    ["resume.pdf", new Uint8Array(pdf), false], // already compressed: stored as is
  ];
  return { files, filename: `mes-donnees-passeport-securite-${day}.zip` };
}

/**
 * The archive as a web stream, pulled file by file: each pull compresses the next file (fflate's
 * streaming Zip) and hands its chunks over, so that at most one file's compressed bytes wait in
 * memory, and a slow client slows the compression instead of filling a queue.
 */
export function zipStream(files: [string, Uint8Array, boolean][], mtime = new Date()): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let finished = false;
  let next = 0;
  let ended = false;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        ready.push(chunk);
        if (final) finished = true;
      });
    },
    pull(controller) {
      while (ready.length === 0 && !finished && !ended) {
        if (next === files.length) {
          zip.end(); // writes the central directory (synchronously: every entry is synchronous)
          ended = true;
          continue;
        }
        const [name, bytes, compress] = files[next++];
        const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
        entry.mtime = mtime;
        zip.add(entry);
        entry.push(bytes, true);
      }
      for (const chunk of ready.splice(0)) controller.enqueue(chunk);
      if (finished && ready.length === 0) controller.close();
    },
  });
}

export function zipResponse(archive: { files: [string, Uint8Array, boolean][]; filename: string }) {
  return new Response(zipStream(archive.files), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${archive.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The route handlers' answer: the ZIP, a 404 for a person one may not see, a French 503 without Chromium. */
export async function personalDataResponse(viewer: Viewer, personId: string) {
  try {
    const archive = await personalDataArchive(viewer, personId);
    return archive ? zipResponse(archive) : text("Page introuvable.", 404);
  } catch (error) {
    if (error instanceof AccessDeniedError) return text("Page introuvable.", 404);
    if (error instanceof ChromiumUnavailableError) return text(error.message, 503);
    throw error;
  }
}
