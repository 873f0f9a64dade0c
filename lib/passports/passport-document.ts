// F1: the printable passport, one A4 page per passport (batch printing = many pages in one
// document): a full-page certificate and a wallet card to cut out. Self-contained HTML
// (inline CSS, QR code as inline SVG) so that Chromium renders it without any network.
import "server-only";
import QRCode from "qrcode";
import { formatDate } from "@/lib/format";
import { escapeHtml } from "@/lib/html";

export type PassportDocumentData = {
  number: string;
  holderFirstName: string;
  holderLastName: string;
  companyName: string;
  profileName: string;
  issuedAt: Date;
  expiresAt: Date;
  verificationUrl: string;
  status?: "ACTIVE" | "REVOKED";
};

const CSS = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #0b2545; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.band { background: #0b2545; color: #fff; padding: 14mm 16mm 10mm; border-bottom: 4mm solid #f28c28; }
.band h1 { margin: 0; font-size: 30pt; letter-spacing: 2pt; font-weight: 900; }
.band h1 span { color: #f28c28; }
.band p { margin: 2mm 0 0; font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1pt; color: #d6dde8; }
.body { padding: 12mm 16mm 0; display: grid; grid-template-columns: 1fr 52mm; gap: 10mm; }
.label { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.8pt; color: #55657a; margin: 0; }
.value { font-size: 15pt; margin: 1mm 0 6mm; font-weight: 600; }
.holder { font-size: 24pt; font-weight: 900; margin: 1mm 0 7mm; line-height: 1.15; }
.number { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 22pt; font-weight: 700; letter-spacing: 1.5pt; background: #f4f6f9; border-left: 2mm solid #f28c28; padding: 3mm 4mm; margin: 1mm 0 7mm; }
.dates { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.qr { text-align: center; }
.qr svg { width: 50mm; height: 50mm; display: block; }
.qr p { font-size: 9pt; margin: 2mm 0 0; font-weight: 700; }
.url { margin: 3mm 16mm 0; font-size: 7pt; color: #55657a; word-break: break-all; }
.notice { margin: 8mm 16mm 0; padding: 4mm 5mm; border: 0.4mm solid #c9d2de; border-radius: 2mm; font-size: 9.5pt; line-height: 1.45; }
.cut { position: absolute; left: 16mm; bottom: 18mm; }
.cut-label { font-size: 8pt; color: #55657a; margin: 0 0 1.5mm; }
.card { width: 85.6mm; height: 54mm; border: 0.4mm dashed #55657a; border-radius: 3mm; overflow: hidden; display: grid; grid-template-rows: 11mm 1fr; }
.card-head { background: #0b2545; color: #fff; font-weight: 900; font-size: 10pt; letter-spacing: 1pt; padding: 3mm 4mm; border-bottom: 1mm solid #f28c28; }
.card-head span { color: #f28c28; }
.card-body { display: grid; grid-template-columns: 1fr 24mm; gap: 2mm; padding: 2.5mm 4mm; font-size: 7.5pt; line-height: 1.35; }
.card-body strong { font-size: 9.5pt; display: block; }
.card-body .mono { font-family: "DejaVu Sans Mono", monospace; font-weight: 700; font-size: 9pt; }
.card-body svg { width: 24mm; height: 24mm; }
.foot { position: absolute; right: 16mm; bottom: 18mm; width: 80mm; font-size: 8pt; color: #55657a; text-align: right; }
.revoked-note { border-color: #b41414; color: #b41414; font-weight: 700; }
.revoked { position: absolute; top: 120mm; left: 0; width: 210mm; text-align: center; transform: rotate(-24deg); font-size: 64pt; font-weight: 900; color: rgba(180, 20, 20, 0.78); border: 3mm solid rgba(180, 20, 20, 0.78); padding: 2mm 0; letter-spacing: 6pt; }
`;

async function qrSvg(url: string) {
  return QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M", color: { dark: "#0b2545", light: "#ffffff" } });
}

async function page(p: PassportDocumentData) {
  const qr = await qrSvg(p.verificationUrl);
  const name = `${escapeHtml(p.holderLastName.toUpperCase())} ${escapeHtml(p.holderFirstName)}`;
  const number = escapeHtml(p.number);
  return `<section class="page">
  <header class="band"><h1>PASSEPORT <span>SÉCURITÉ</span></h1><p>Union nationale des producteurs de granulats — UNPG</p></header>
  <div class="body">
    <div>
      <p class="label">Titulaire</p><p class="holder">${name}</p>
      <p class="label">Entreprise</p><p class="value">${escapeHtml(p.companyName)}</p>
      <p class="label">Profil de sensibilisation</p><p class="value">${escapeHtml(p.profileName)}</p>
      <p class="label">N° de passeport</p><p class="number">${number}</p>
      <div class="dates">
        <div><p class="label">Date d'obtention</p><p class="value">${formatDate(p.issuedAt)}</p></div>
        <div><p class="label">Date d'expiration</p><p class="value">${formatDate(p.expiresAt)}</p></div>
      </div>
    </div>
    <div class="qr">${qr}<p>Scannez pour vérifier la validité</p></div>
  </div>
  ${p.status === "REVOKED" ? '<p class="notice revoked-note">Ce passeport a été révoqué : il n\'est plus valable.</p>' : ""}
  <p class="notice">Ce passeport atteste que son titulaire a suivi la sensibilisation accueil sécurité correspondant à son profil.
  Sa validité doit être vérifiée à l'entrée du site, en scannant le QR code ou en saisissant le numéro du passeport.
  Il ne remplace pas l'accueil propre à chaque site ni le plan de prévention.</p>
  <p class="url">Vérification en ligne : ${escapeHtml(p.verificationUrl)}</p>
  <div class="cut">
    <p class="cut-label">✂ Carte à découper et à garder sur soi</p>
    <div class="card">
      <div class="card-head">PASSEPORT <span>SÉCURITÉ</span> · UNPG</div>
      <div class="card-body">
        <div><strong>${name}</strong>${escapeHtml(p.companyName)}<br>${escapeHtml(p.profileName)}<br><span class="mono">${number}</span><br>Expire le ${formatDate(p.expiresAt)}</div>
        <div>${qr}</div>
      </div>
    </div>
  </div>
  <p class="foot">Document délivré par la plateforme Passeport Sécurité de l'UNPG.</p>
  ${p.status === "REVOKED" ? '<div class="revoked">RÉVOQUÉ</div>' : ""}
</section>`;
}

export async function passportDocumentHtml(passports: PassportDocumentData[]): Promise<string> {
  const pages = await Promise.all(passports.map(page));
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Passeport sécurité</title><style>${CSS}</style></head><body>${pages.join("\n")}</body></html>`;
}
