// Time to print 50 passports in one PDF with the app's renderer (one Chromium, reused).
// Run: npm run bench:pdf
import { passportDocumentHtml, type PassportDocumentData } from "../lib/passports/passport-document";
import { closePdfBrowser, renderPdf } from "../lib/pdf/render-pdf";

const COUNT = Number(process.env.BENCH_COUNT ?? 50);
const passports: PassportDocumentData[] = Array.from({ length: COUNT }, (_, i) => ({
  number: `PS-2026-B${String(i).padStart(5, "0")}`,
  holderFirstName: `Prénom${i}`,
  holderLastName: `Nom${i}`,
  companyName: "Carrières Services Transports",
  profileName: "Salarié technique",
  issuedAt: new Date("2026-03-02"),
  expiresAt: new Date("2029-03-02"),
  verificationUrl: `https://passeport-securite.fr/verification/jeton-${i}.signature-exemple`,
}));

async function main() {
  await renderPdf(await passportDocumentHtml(passports.slice(0, 1))); // Chromium launch, not measured
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const pdf = await renderPdf(await passportDocumentHtml(passports));
    runs.push(performance.now() - t0);
    if (r === 0) console.log(`${COUNT} passeports : PDF de ${(pdf.length / 1024).toFixed(0)} Kio`);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${COUNT} passeports dans un PDF : médiane ${(runs[1] / 1000).toFixed(2)} s (min ${(runs[0] / 1000).toFixed(2)} s, max ${(runs[2] / 1000).toFixed(2)} s)`,
  );
  await closePdfBrowser();
}

main();
