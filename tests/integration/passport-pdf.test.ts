// F1/I2: passports rendered by the real Chromium, read back with poppler's pdftotext.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { passportDocumentHtml, type PassportDocumentData } from "@/lib/passports/passport-document";
import { ChromiumUnavailableError, closePdfBrowser, renderPdf } from "@/lib/pdf/render-pdf";
import { findChromium } from "@/lib/pdf/chromium";

const OUT = "tests/.tmp";
const base: PassportDocumentData = {
  number: "PS-2026-7K4M9Q",
  holderFirstName: "Jean",
  holderLastName: "Dupont",
  companyName: "Carrières Services Transports",
  profileName: "Salarié technique",
  issuedAt: new Date("2026-03-02T10:00:00Z"),
  expiresAt: new Date("2029-03-02T10:00:00Z"),
  verificationUrl: "http://localhost:3000/verification/abc.def",
};

const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);

beforeAll(() => {
  if (!findChromium()) throw new Error("Chromium est requis pour ce test (paquet Debian « chromium » ou CHROMIUM_PATH).");
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => closePdfBrowser());

it("prints one passport with its holder, company, profile, number and dates", async () => {
  const pdf = await renderPdf(await passportDocumentHtml([base]));
  writeFileSync(`${OUT}/passeport.pdf`, pdf);
  const text = pdfText(`${OUT}/passeport.pdf`);
  for (const expected of ["PASSEPORT", "DUPONT Jean", "Carrières Services Transports", "Salarié technique", "PS-2026-7K4M9Q", "02/03/2026", "02/03/2029", "Scannez pour vérifier"]) {
    expect(text).toContain(expected);
  }
  expect(pdfPages(`${OUT}/passeport.pdf`)).toBe(1);
});

it("prints a batch as one page per passport, escapes names and marks revoked passports", async () => {
  const batch = [
    base,
    { ...base, number: "PS-2026-AAAAAA", holderFirstName: "<script>Robert</script>", holderLastName: "Martin & Fils" },
    { ...base, number: "PS-2026-BBBBBB", holderFirstName: "Lucie", holderLastName: "Martin", status: "REVOKED" as const },
  ];
  const html = await passportDocumentHtml(batch);
  expect(html).not.toContain("<script>Robert");
  const pdf = await renderPdf(html);
  writeFileSync(`${OUT}/passeports-lot.pdf`, pdf);
  expect(pdfPages(`${OUT}/passeports-lot.pdf`)).toBe(3);
  const text = pdfText(`${OUT}/passeports-lot.pdf`);
  expect(text).toContain("<script>Robert</script>");
  expect(text).toContain("MARTIN & FILS");
  expect(text).toContain("Ce passeport a été révoqué");
  expect(text.match(/révoqué/gi)).toHaveLength(1); // only the revoked one says so
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
  expect((await renderPdf("<p>retour</p>")).subarray(0, 4).toString()).toBe("%PDF");
});
