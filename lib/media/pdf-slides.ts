// Issue 12, item 2: a PDF turned into slides on upload. Each page becomes a PNG image (poppler's
// pdftoppm, the same tool the tests use to look at our PDFs), stored like any medium, and its
// text (pdftotext) becomes the slide's text, the first line its description.
import "server-only";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { MediaError, storeMedia, type MediaStore, localMediaStore } from "@/lib/media/storage";

const run = promisify(execFile);
export const MAX_PDF_PAGES = 80;

export type PdfSlide = { image: string; alt: string; text: string };

export async function pdfToSlides(pdf: Uint8Array, store: MediaStore = localMediaStore()): Promise<PdfSlide[]> {
  // checked by its bytes like every upload (and stored, so the original can be found again)
  await storeMedia(pdf, ["pdf"], store);
  const dir = await mkdtemp(path.join(tmpdir(), "diapos-"));
  try {
    const file = path.join(dir, "source.pdf");
    await writeFile(file, pdf);
    try {
      await run("pdftoppm", ["-png", "-scale-to", "1600", "-l", String(MAX_PDF_PAGES), file, path.join(dir, "page")], {
        timeout: 120_000,
      });
    } catch {
      throw new MediaError("WRONG_TYPE", "Ce PDF n'a pas pu être lu : enregistrez-le à nouveau depuis son logiciel, puis déposez-le.");
    }
    const pages = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageNumber(a) - pageNumber(b));
    if (pages.length === 0) throw new MediaError("EMPTY", "Ce PDF n'a aucune page.");
    const slides: PdfSlide[] = [];
    for (const page of pages) {
      const n = pageNumber(page);
      const stored = await storeMedia(new Uint8Array(await readFile(path.join(dir, page))), ["image"], store);
      const text = await pageText(file, n);
      const firstLine =
        text
          .split("\n")
          .find((l) => l.trim())
          ?.trim() ?? "";
      slides.push({ image: `/medias/${stored.key}`, alt: firstLine.slice(0, 200) || `Diapositive ${n}`, text: text.slice(0, 2000) });
    }
    return slides;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pageNumber = (file: string) => Number(file.match(/(\d+)\.png$/)![1]);

async function pageText(file: string, page: number) {
  try {
    const { stdout } = await run("pdftotext", ["-f", String(page), "-l", String(page), "-enc", "UTF-8", file, "-"], { timeout: 30_000 });
    return stdout
      .replace(/\f/g, "")
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
  } catch {
    return "";
  }
}
