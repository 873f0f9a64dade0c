// Issue 14, item 6: the "Attestation de formation" of one passport, one A4 page, in the words of
// the Passeport de prévention (seed 004: an attestation confirms that a worker attended a
// health-and-safety training in full on given dates). Self-contained HTML for lib/pdf/render-pdf.ts.
import "server-only";
import { escapeHtml } from "@/lib/html";
import { formatDate } from "@/lib/format";
import { frenchSpaces } from "@/lib/typography";
import type { TrainingRecord } from "@/lib/prevention/training-record";

const NAVY = "#0b2545";
const CSS = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: ${NAVY}; font-size: 10.5pt; line-height: 1.45;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { width: 210mm; min-height: 297mm; padding: 0 0 12mm; break-after: page; }
.page:last-child { break-after: auto; }
.band { background: ${NAVY}; color: #fff; padding: 12mm 18mm 9mm; }
.band h1 { margin: 0; font-size: 24pt; letter-spacing: 1.2pt; }
.band p { margin: 2mm 0 0; color: #d8e0eb; font-size: 10pt; }
.hazard { height: 3.5mm; background: repeating-linear-gradient(-45deg, #f7941d 0 3.5mm, ${NAVY} 3.5mm 7mm); }
.body { padding: 10mm 18mm 0; }
.lead { font-size: 11.5pt; margin: 0 0 6mm; }
.who { font-size: 20pt; font-weight: 700; margin: 0 0 1mm; overflow-wrap: anywhere; }
.employer { margin: 0 0 7mm; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 2.4mm 3mm; border-bottom: 0.25mm solid #d5dce6; }
th { width: 52mm; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.4pt; color: #4a5b71; font-weight: 600; }
td { font-weight: 600; overflow-wrap: anywhere; }
.result { margin: 8mm 0 0; padding: 4mm 5mm; background: #eaf6ee; border-left: 2.2mm solid #1d7a3a; font-weight: 700; }
.result.revoked { background: #fdecec; border-left-color: #b3131b; }
.nowrap { white-space: nowrap; }
.note { margin: 7mm 0 0; font-size: 8.5pt; color: #4a5b71; }
`;

const t = (s: string) => escapeHtml(frenchSpaces(s));

export function durationLabel(minutes: number) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h}\u00a0h${m ? `\u00a0${String(m).padStart(2, "0")}` : ""}` : `${m}\u00a0min`;
}

export function dateRangeLabel(start: Date, end: Date) {
  const [a, b] = [formatDate(start), formatDate(end)];
  return a === b ? `le ${a}` : `du ${a} au ${b}`;
}

function page(r: TrainingRecord, issuedOn: Date) {
  const rows: [string, string][] = [
    ["Intitulé de la formation", r.title],
    ["Dates", dateRangeLabel(r.startDate, r.endDate)],
    ["Durée", durationLabel(r.durationMinutes)],
    ["Modalité", r.modalityLabel],
    ["Organisme de formation", r.organisation.siret ? `${r.organisation.name} (SIRET ${r.organisation.siret})` : r.organisation.name],
    ...(r.trainer ? ([["Formateur", `${r.trainer.firstName} ${r.trainer.lastName.toUpperCase()}`]] as [string, string][]) : []),
    ...(r.sessionNumber ? ([["Session", `n°\u00a0${r.sessionNumber}`]] as [string, string][]) : []),
    ["Contenus suivis", r.modules.join(" · ") || "—"],
  ];
  const revoked = r.passportStatus === "REVOKED";
  return `<section class="page">
  <div class="band"><h1>ATTESTATION DE FORMATION</h1><p>${t("Santé et sécurité au travail — à déclarer au Passeport de prévention")}</p></div>
  <div class="hazard"></div>
  <div class="body">
    <p class="lead">${t(`${r.organisation.name.split(" (")[0]} atteste que`)}</p>
    <p class="who">${t(`${r.worker.firstNames} ${r.worker.birthName.toUpperCase()}`)}</p>
    <p class="employer">${t(`salarié(e) de ${r.employer.name}${r.employer.siret ? ` (SIRET ${r.employer.siret})` : ""}, a suivi en totalité la formation suivante :`)}</p>
    <table><tbody>${rows.map(([k, v]) => `<tr><th>${t(k)}</th><td>${t(v)}</td></tr>`).join("")}</tbody></table>
    <p class="result${revoked ? " revoked" : ""}">${t(
      `Résultat : ${r.resultLabel}${revoked ? " (passeport révoqué depuis)" : `, valable jusqu'au ${formatDate(r.validUntil)}`}.`,
    ).replace(escapeHtml(r.passportNumber), `<span class="nowrap">${escapeHtml(r.passportNumber)}</span>`)}</p>
    <p class="note">${t(
      `Attestation établie le ${formatDate(issuedOn)} par la plateforme Passeport Sécurité de l'UNPG, à partir de ses enregistrements (parcours, questionnaires, décisions du formateur). La validité du passeport se vérifie en ligne avec son numéro ou son QR code. L'employeur peut déclarer cette formation sur le portail national du Passeport de prévention (export « Passeport de prévention » de son espace).`,
    )}</p>
  </div>
</section>`;
}

export function attestationDocumentHtml(records: TrainingRecord[], issuedOn = new Date()) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Attestation de formation</title><style>${CSS}</style></head><body>${records
    .map((r) => page(r, issuedOn))
    .join("")}</body></html>`;
}
