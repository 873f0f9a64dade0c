// F1/I2: passports rendered by the real Chromium, read back with poppler (pdftotext, pdfinfo,
// pdftoppm) and the QR code decoded with zxing. Skipped only where no Chromium is installed.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import sharp from "sharp";
import { readQrCode } from "@/lib/passports/qr-reader";
import { loadQrReaderForTests } from "@/tests/helpers/qr-reader";
import { passportDocumentHtml, walletSheetHtml, type PassportDocumentData } from "@/lib/passports/passport-document";
import { readBarcodes } from "zxing-wasm/reader";
import { findChromium } from "@/lib/pdf/chromium";
import { ChromiumUnavailableError, closePdfBrowser, renderPdf } from "@/lib/pdf/render-pdf";

const OUT = resolve(__dirname, "../.tmp");
const base: PassportDocumentData = {
  number: "PS-2026-7K4M9Q",
  holderFirstName: "Jean",
  holderLastName: "Dupont",
  companyName: "Carrières Services Transports",
  profileName: "Salarié technique",
  // 23:30 UTC is already the next day in Paris: the dates must read 02/03, not 01/03.
  issuedAt: new Date("2026-03-01T23:30:00Z"),
  expiresAt: new Date("2029-03-01T23:30:00Z"),
  verificationUrl: "https://passeport-securite.fr/verification/Y20zeDlrMmFiMDAwMXh5ejhxN3c2ZTVyNA.AbCdEfGhIjKlMnOpQrStUvWx",
};

async function writePdf(name: string, passports: PassportDocumentData[]) {
  const file = `${OUT}/${name}`;
  writeFileSync(file, await renderPdf(await passportDocumentHtml(passports)));
  return file;
}
/** Text of each page (pdftotext separates pages with a form feed), line breaks and runs of spaces as one space. */
const pageTexts = (file: string) =>
  execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .map((page) => page.replace(/\s+/g, " "));
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);

/** Decodes the QR code found in the top half of a page printed at 100 dpi, as a phone would. */
function qrInTopHalf(file: string, page: number) {
  return qrIn(file, page, 100, 0, 0.5);
}

/** A page of `file` printed in grey at `dpi`, between two fractions of its height, as RGBA. */
function rasterise(file: string, page: number, dpi: number, from = 0, to = 1) {
  const pgm = execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), file], {
    maxBuffer: 256 << 20,
  });
  const [header, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString("latin1"))!;
  const width = Number(w);
  const first = Math.round(Number(h) * from);
  const rows = Math.round(Number(h) * to) - first;
  const start = header.length + first * width;
  // read by the check screen's own reader, as a controller's phone would
  const rgba = new Uint8ClampedArray(width * rows * 4);
  for (let i = 0; i < width * rows; i++) {
    rgba.fill(pgm[start + i], i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  return { data: rgba, width, height: rows, colorSpace: "srgb" } as ImageData;
}

/** Decodes the QR code between two fractions of a page's height, printed at `dpi`. */
function qrIn(file: string, page: number, dpi: number, from: number, to: number) {
  return readQrCode(rasterise(file, page, dpi, from, to));
}

const chromium = findChromium();
if (!chromium) {
  console.warn("passport-pdf : tests ignorés, Chromium introuvable (installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH).");
}
const describeWithChromium = chromium ? describe : describe.skip;

describeWithChromium("passport PDF", () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await loadQrReaderForTests();
  });
  afterAll(() => closePdfBrowser());
  afterEach(() => jest.restoreAllMocks());

  it("prints one passport with its holder, company, profile, number, Paris dates and a scannable QR code", async () => {
    const file = await writePdf("passeport.pdf", [base]);
    expect(pageCount(file)).toBe(1);
    const [text] = pageTexts(file);
    for (const expected of [
      "PASSEPORT SÉCURITÉ",
      "Union nationale des producteurs de granulats",
      "DUPONT Jean",
      "Carrières Services Transports",
      "Salarié technique",
      "PS-2026-7K4M9Q",
      "DATE D'OBTENTION", // labels are set in capitals by CSS
      "02/03/2026",
      "DATE D'EXPIRATION",
      "02/03/2029",
      "Scannez pour vérifier",
      // issue 18: the signed link is too long to type; the page shows where the QR code leads
      "le QR code ouvre https://passeport-securite.fr/verification/…",
      "doit être vérifiée à chaque entrée sur site",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/révoqu/i);
    expect(await qrInTopHalf(file, 1)).toBe(base.verificationUrl);
  });

  it("prints a signed credential (issue 18) that the 35 mm wallet card's QR code still carries", async () => {
    const { passportVerificationUrl } = await import("@/lib/passports/passport-credential");
    const verificationUrl = await passportVerificationUrl({
      number: base.number,
      lastName: "Dupont-Leclerc de la Fontaine",
      firstName: "Jean-Baptiste",
      companyName: "Société Nouvelle des Carrières Services Transports",
      profileName: base.profileName,
      expiresAt: base.expiresAt,
    });
    const file = await writePdf("passeport-signe.pdf", [{ ...base, verificationUrl }]);
    expect(await qrInTopHalf(file, 1)).toBe(verificationUrl);
    // the card's 35 mm code (0.57 mm modules) rasterised at 150 dpi, about 3.4 dots a module:
    // a worn office printer. The JavaScript reader used before needed 300 dpi (it failed now
    // and then at 200); the check screen's reader (zxing-wasm) reads it down to 120 dpi.
    expect(await qrIn(file, 1, 150, 0.72, 1)).toBe(verificationUrl);
  });

  it("prints a batch as one page per passport, escapes names and marks the revoked passport", async () => {
    const batch: PassportDocumentData[] = [
      base,
      { ...base, number: "PS-2026-AAAAAA", holderFirstName: "<script>Robert</script>", holderLastName: "Martin & Fils" },
      { ...base, number: "PS-2026-BBBBBB", holderFirstName: "Lucie", holderLastName: "Martin", status: "REVOKED" },
    ];
    expect(await passportDocumentHtml(batch)).not.toContain("<script>Robert");
    const file = await writePdf("passeports-lot.pdf", batch);
    expect(pageCount(file)).toBe(3);
    const [first, second, third] = pageTexts(file);
    expect(first).toContain("PS-2026-7K4M9Q");
    expect(second).toContain("PS-2026-AAAAAA");
    expect(second).toContain("MARTIN & FILS <script>Robert</script>"); // shown as text, in place
    expect(second).toContain("Carrières Services Transports");
    expect(third).toContain("PS-2026-BBBBBB");
    expect(third).toContain("PASSEPORT RÉVOQUÉ");
    expect(third).toContain("aucune carte n'est imprimée");
    for (const valid of [first, second]) expect(valid).not.toMatch(/révoqu/i);
    expect(await qrInTopHalf(file, 3)).toBe(base.verificationUrl); // still scannable under the stamp
  });

  it("launches one browser for concurrent documents and relaunches it after a crash", async () => {
    await closePdfBrowser();
    const launch = jest.spyOn(puppeteer, "launch");
    const pdfs = await Promise.all(Array.from({ length: 6 }, (_, i) => renderPdf(`<p>document ${i}</p>`)));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(launch).toHaveBeenCalledTimes(1);

    const browser: Browser = await launch.mock.results[0].value;
    const disconnected = new Promise((done) => browser.once("disconnected", done));
    browser.process()!.kill("SIGKILL");
    await disconnected;
    expect((await renderPdf("<p>après</p>")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(launch).toHaveBeenCalledTimes(2);
  });

  it("prints sheets of 8 wallet cards per A4 page with cutting marks, each QR code readable, revoked ones left out", async () => {
    // issue 18, item 2: half of the crew with a photo
    const portrait = await sharp({ create: { width: 480, height: 600, channels: 3, background: "#5a8cc8" } })
      .jpeg()
      .toBuffer();
    const photo = `data:image/jpeg;base64,${portrait.toString("base64")}`;
    const crew = Array.from({ length: 10 }, (_, i) => ({
      ...base,
      number: `PS-2026-CARD${String.fromCharCode(65 + i)}${i}`,
      holderFirstName: `Prénom${i}`,
      holderLastName: i === 3 ? "Dupont-Leclerc de la Fontaine-Saint-Germain" : `Nom${i}`,
      verificationUrl: `${base.verificationUrl}${i}`,
      status: i === 5 ? ("REVOKED" as const) : ("ACTIVE" as const),
      photo: i % 2 === 0 ? photo : null,
    }));
    const html = (await walletSheetHtml(crew))!;
    // two marks at each corner: 8 a card, 9 cards (the revoked one has none)
    expect(html.match(/class="mark /g)).toHaveLength(9 * 8);
    const file = `${OUT}/cartes.pdf`;
    writeFileSync(file, await renderPdf(html));
    expect(pageCount(file)).toBe(2);
    const [first, second] = pageTexts(file);
    expect(first).toContain("Cartes Passeport Sécurité à découper");
    expect(first).toContain("1 passeport révoqué sans carte");
    expect(first).toContain("page 1 sur 2");
    expect(first).toContain("85,6 × 54 mm");
    for (const i of [0, 1, 2, 4, 6, 7, 8]) expect(first).toContain(`NOM${i} Prénom${i}`);
    expect(first).not.toContain("NOM5");
    expect(second).toContain("NOM9 Prénom9");
    // every card's 35 mm code, printed at 150 dpi, reads back as its own passport's link
    const read = async (page: number) =>
      (await readBarcodes(rasterise(file, page, 150), { formats: ["QRCode"], tryHarder: true, maxNumberOfSymbols: 8 })).map((r) => r.text);
    const links = [...(await read(1)), ...(await read(2))].sort();
    expect(links).toEqual(
      crew
        .filter((p) => p.status !== "REVOKED")
        .map((p) => p.verificationUrl)
        .sort(),
    );
    // nothing but revoked passports: nothing to print
    expect(await walletSheetHtml([crew[5]])).toBeNull();
  });

  it("answers a clear French error when Chromium cannot be started", async () => {
    await closePdfBrowser();
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/bin/false"; // exists, but is no browser
    try {
      const error = await renderPdf("<p>x</p>").catch((e) => e);
      expect(error).toBeInstanceOf(ChromiumUnavailableError);
      expect(error.message).toContain("Le moteur d'impression (Chromium) n'est pas installé sur ce serveur");
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    // the next document relaunches a working Chromium
    expect((await renderPdf("<p>retour</p>")).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
