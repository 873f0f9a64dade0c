// F1: the printable passport, one A4 page per passport (batch printing = many pages in one
// document): a full-page certificate and, below it, a wallet card to cut out and fold
// (front + back). Self-contained HTML (inline CSS, QR code as inline SVG) so that Chromium
// renders it without any network. A revoked passport is stamped and gets no wallet card.
// Issue 18, item 7: batch printing also offers sheets of 8 one-sided wallet cards per A4 page
// (walletSheetHtml), with cutting marks, for a referent who prints a whole crew at once.
import "server-only";
import QRCode from "qrcode";
import { formatDate } from "@/lib/format";
import { escapeHtml } from "@/lib/html";
import { LANGUAGE_NAMES_FR, asLanguage } from "@/lib/content/languages";

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
  /** issue 18, item 2: the holder's confirmed photo, a data URL (JPEG 480 × 600) */
  photo?: string | null;
  /** issue 12: the language the training was taken in ("fr", "en"…) */
  language?: string;
};

const NAVY = "#0b2545";

const CSS = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: ${NAVY}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; display: flex; flex-direction: column; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.content { flex: 1; min-height: 0; overflow: hidden; } /* over-long texts are clipped here, never over the card */

.band { background: ${NAVY}; color: #fff; padding: 11mm 16mm 9mm; display: flex; align-items: center; gap: 6mm; }
.band svg { width: 19mm; height: 22mm; flex: none; }
.band h1 { margin: 0; font-size: 29pt; line-height: 1.05; letter-spacing: 1.5pt; font-weight: 700; }
.accent { color: #f7941d; font-style: normal; }
.band .issuer { margin-top: 2.2mm; font-size: 10pt; letter-spacing: 0.6pt; color: #d8e0eb; }
.hazard { height: 4mm; background: repeating-linear-gradient(-45deg, #f7941d 0 4mm, ${NAVY} 4mm 8mm); }
.revoked-band { background: #b3131b; color: #fff; text-align: center; font-weight: 700; font-size: 12pt; letter-spacing: 1pt; padding: 2.5mm 16mm; }

.main { padding: 12mm 16mm 0; display: grid; grid-template-columns: 1fr 60mm; gap: 8mm; }
.label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.5pt; color: #4a5b71; }
.value { font-size: 14pt; font-weight: 700; line-height: 1.25; margin: 1mm 0 6mm; overflow-wrap: anywhere; }
.value.profile { margin-bottom: 1mm; }
.taken-in { font-size: 9pt; margin: 0 0 5mm; }
.holder { font-size: 24pt; font-weight: 700; line-height: 1.15; margin: 1mm 0 6mm; overflow-wrap: anywhere; }
.holder .first { font-weight: 400; }
.holder-photo { float: right; width: 30mm; height: 37.5mm; object-fit: cover; border-radius: 2mm; margin: 0 0 3mm 4mm; }
.number { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 21pt; font-weight: 700; letter-spacing: 1pt; white-space: nowrap;
  background: #eef2f7; border-left: 2.2mm solid #f7941d; padding: 2.5mm 4mm; margin: 1mm 0 6mm; }
.dates { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.dates .value { margin-bottom: 0; font-size: 15pt; }
.expiry { color: #b3470b; }

.qr { border: 0.5mm solid ${NAVY}; border-radius: 3mm; padding: 5mm; text-align: center; align-self: start; background: #fff; }
.qr svg { width: 50mm; height: 50mm; display: block; }
.qr .scan { margin-top: 3mm; font-size: 9.5pt; font-weight: 700; line-height: 1.3; }

.url { margin: 8mm 16mm 0; font-size: 7pt; color: #4a5b71; }
.url span { word-break: break-all; }
.url strong { color: ${NAVY}; }
.notice { margin: 5mm 16mm 0; padding: 3.5mm 5mm; background: #fff6ea; border-left: 2.2mm solid #f7941d; font-size: 9.5pt; line-height: 1.45; }
.notice strong { display: block; font-size: 10.5pt; margin-bottom: 1mm; }

.cut { flex: none; padding: 6mm 16mm 0; }
.cut-line { border-top: 0.35mm dashed #8794a6; margin-bottom: 4mm; position: relative; }
.cut-line span { position: absolute; top: -2.3mm; left: 6mm; background: #fff; padding: 0 2mm; font-size: 8pt; color: #4a5b71; }
.cards { display: flex; justify-content: center; }
.card { width: 85.6mm; height: 54mm; border: 0.3mm dashed #8794a6; overflow: hidden; position: relative; background: #fff; }
.card.front { border-radius: 3mm 0 0 3mm; border-right: 0.3mm dotted #8794a6; }
.card.back { border-radius: 0 3mm 3mm 0; border-left: none; display: flex; align-items: center; gap: 4mm; padding: 0 4mm; }
.card-head { background: ${NAVY}; color: #fff; font-weight: 700; font-size: 9pt; letter-spacing: 0.8pt; height: 10mm; padding: 0 4mm; display: flex; align-items: center; justify-content: space-between; }
.card-head small { font-size: 6.5pt; font-weight: 400; letter-spacing: 0.3pt; color: #d8e0eb; }
.card-stripe { height: 1.6mm; background: repeating-linear-gradient(-45deg, #f7941d 0 1.6mm, ${NAVY} 1.6mm 3.2mm); }
.card-body { padding: 2.6mm 4mm 0; font-size: 7pt; line-height: 1.3; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; }
.clamp.one { -webkit-line-clamp: 1; }
.card-photo { position: absolute; right: 4mm; top: 14.2mm; width: 20mm; height: 25mm; object-fit: cover; border-radius: 1mm; }
.card-photo + .card-body { padding-right: 26mm; }
.card-name { font-size: 10.5pt; font-weight: 700; line-height: 1.2; }
.card-name.long { font-size: 8.5pt; }
.card-name .first { font-weight: 400; }
.card-line { margin-top: 0.8mm; }
.card-number { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: 700; font-size: 11pt; margin-top: 1.6mm; letter-spacing: 0.5pt; }
.card-dates { position: absolute; left: 4mm; right: 4mm; bottom: 2.4mm; display: flex; justify-content: space-between; font-size: 6pt; color: #4a5b71; }
.card-dates span:last-child { text-align: right; }
.card-dates b { display: block; font-size: 8.5pt; color: ${NAVY}; }
.card.back svg { width: 35mm; height: 35mm; flex: none; }
.back-text { font-size: 7pt; line-height: 1.35; }
.back-text .scan { font-weight: 700; font-size: 8.5pt; margin-bottom: 1.5mm; }
.back-text .issuer { margin-top: 2mm; font-size: 6pt; color: #4a5b71; }
.no-card { border: 0.5mm solid #b3131b; border-radius: 3mm; color: #b3131b; font-weight: 700; font-size: 10pt; padding: 5mm; text-align: center; }

.foot { flex: none; padding: 4mm 16mm 6mm; font-size: 7pt; color: #4a5b71; text-align: center; }
.stamp { position: absolute; top: 96mm; left: 10mm; width: 122mm; transform: rotate(-16deg); text-align: center; font-size: 50pt; font-weight: 700; letter-spacing: 5pt;
  color: rgba(179, 19, 27, 0.8); border: 2.5mm solid rgba(179, 19, 27, 0.8); border-radius: 3mm; padding: 1mm 0; }
`;

// A shield with a check mark: the platform's emblem, drawn inline (no image files).
const EMBLEM = `<svg viewBox="0 0 38 44" aria-hidden="true"><path d="M19 1 L36 7 V21 C36 32 28.5 39.5 19 43 C9.5 39.5 2 32 2 21 V7 Z" fill="#f7941d"/><path d="M19 5.5 L32 10 V21 C32 29.5 26.5 35.5 19 38.6 C11.5 35.5 6 29.5 6 21 V10 Z" fill="${NAVY}"/><path d="M11.5 22 L17 27.5 L27 16" fill="none" stroke="#fff" stroke-width="3.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

function qrSvg(url: string) {
  // No margin in the SVG: the white padding around it in the layout is the quiet zone.
  return QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M", color: { dark: NAVY, light: "#ffffff" } });
}

// Names are up to 80 + 80 characters and company names up to 120 (the forms' limits); without
// JavaScript on the page nothing can measure text, so long texts get a smaller size here.
const HOLDER_SIZES: [number, number][] = [
  [30, 24],
  [48, 19],
  [90, 15],
  [Infinity, 12],
];
const VALUE_SIZES: [number, number][] = [
  [40, 14],
  [80, 12],
  [Infinity, 10.5],
];
const fit = (length: number, sizes: [number, number][]) => sizes.find(([max]) => length <= max)![1];

/** The photo as an <img>, only when it is one of ours (a JPEG data URL): nothing else reaches the HTML. */
function photoImg(photo: string | null | undefined, className: string) {
  return photo && /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/.test(photo) ? `<img class="${className}" src="${photo}" alt="">` : "";
}

function walletCard(p: PassportDocumentData, qr: string, lastName: string, firstName: string, number: string) {
  if (p.status === "REVOKED") {
    return `<p class="no-card">Passeport révoqué : aucune carte n'est imprimée.</p>`;
  }
  return `<div class="cards">
      <div class="card front">
        <div class="card-head"><span>PASSEPORT <em class="accent">SÉCURITÉ</em></span><small>UNPG</small></div>
        <div class="card-stripe"></div>
        ${photoImg(p.photo, "card-photo")}
        <div class="card-body">
          <p class="card-name clamp${p.holderLastName.length + p.holderFirstName.length > 32 ? " long" : ""}">${lastName} <span class="first">${firstName}</span></p>
          <p class="card-line clamp">${escapeHtml(p.companyName)}</p>
          <p class="card-line clamp one">${escapeHtml(p.profileName)}</p>
          <p class="card-number">${number}</p>
        </div>
        <div class="card-dates"><span>Obtenu le<b>${formatDate(p.issuedAt)}</b></span><span>Expire le<b>${formatDate(p.expiresAt)}</b></span></div>
      </div>
      <div class="card back">
        ${qr}
        <div class="back-text">
          <p class="scan">Scannez pour vérifier la validité</p>
          <p>La validité de ce passeport est vérifiée à l'entrée de chaque site.</p>
          <p class="issuer">Union nationale des producteurs de granulats</p>
        </div>
      </div>
    </div>`;
}

async function passportPage(p: PassportDocumentData) {
  const qr = await qrSvg(p.verificationUrl);
  const revoked = p.status === "REVOKED";
  const lastName = escapeHtml(p.holderLastName.toLocaleUpperCase("fr-FR"));
  const firstName = escapeHtml(p.holderFirstName);
  const number = escapeHtml(p.number);
  return `<section class="page">
  <header class="band">${EMBLEM}<div><h1>PASSEPORT <em class="accent">SÉCURITÉ</em></h1><p class="issuer">Délivré par l'Union nationale des producteurs de granulats (UNPG)</p></div></header>
  <div class="hazard"></div>
  ${revoked ? `<p class="revoked-band">PASSEPORT RÉVOQUÉ : il n'est plus valable</p>` : ""}
  <div class="content">
  <div class="main">
    <div>
      ${photoImg(p.photo, "holder-photo")}<p class="label">Titulaire</p><p class="holder" style="font-size:${fit(p.holderLastName.length + p.holderFirstName.length + 1, HOLDER_SIZES)}pt">${lastName} <span class="first">${firstName}</span></p>
      <p class="label">Entreprise</p><p class="value" style="font-size:${fit(p.companyName.length, VALUE_SIZES)}pt">${escapeHtml(p.companyName)}</p>
      <p class="label">Profil</p><p class="value profile" style="font-size:${fit(p.profileName.length, VALUE_SIZES)}pt">${escapeHtml(p.profileName)}</p>
      <p class="taken-in">Formation suivie en ${escapeHtml(LANGUAGE_NAMES_FR[asLanguage(p.language)])}</p>
      <p class="label">N° de passeport</p><p class="number">${number}</p>
      <div class="dates">
        <div><p class="label">Date d'obtention</p><p class="value">${formatDate(p.issuedAt)}</p></div>
        <div><p class="label">Date d'expiration</p><p class="value expiry">${formatDate(p.expiresAt)}</p></div>
      </div>
    </div>
    <div class="qr">${qr}<p class="scan">Scannez pour vérifier<br>la validité</p></div>
  </div>
  <p class="url"><strong>Vérification en ligne :</strong> le QR code ouvre <span>${escapeHtml(p.verificationUrl.replace(/(\/verification\/).*$/, "$1…"))}</span> : vérifiez que l'adresse affichée commence ainsi.</p>
  <div class="notice"><strong>Contrôle à l'entrée du site</strong>Ce passeport atteste que son titulaire a suivi la sensibilisation à la sécurité correspondant à son profil.
    Sa validité doit être vérifiée à chaque entrée sur site, en scannant le QR code ou en saisissant le numéro du passeport.
    Il ne remplace ni l'accueil propre à chaque site ni le plan de prévention.</div>
  </div>
  <div class="cut">
    <p class="cut-line"><span>✂ Carte à découper, à plier en deux et à garder sur soi</span></p>
    ${walletCard(p, qr, lastName, firstName, number)}
  </div>
  <p class="foot">Passeport Sécurité · Union nationale des producteurs de granulats (UNPG) · passeport n° ${number}</p>
  ${revoked ? `<div class="stamp">RÉVOQUÉ</div>` : ""}
</section>`;
}

/** One A4 page per passport, in the given order. */
export async function passportDocumentHtml(passports: PassportDocumentData[]): Promise<string> {
  const pages = await Promise.all(passports.map(passportPage));
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Passeport Sécurité</title><style>${CSS}</style></head><body>${pages.join("\n")}</body></html>`;
}

// Sheets of wallet cards: 2 × 4 cards of 85.6 × 54 mm (a bank card, fits a wallet or a badge
// holder) on one side of an A4 page, 10 mm apart, with cutting marks at every corner. One side
// only: no duplex printer is needed and nothing has to line up front to back. The QR code keeps
// the 35 mm of the folded card (0.57 mm modules, read at 150 dpi in the tests).
export const CARDS_PER_SHEET = 8;
const SHEET_GAP = 10; // mm between cards, room for the marks of both neighbours
const SHEET_LEFT = (210 - 2 * 85.6 - SHEET_GAP) / 2;
const SHEET_TOP = (297 - 4 * 54 - 3 * SHEET_GAP) / 2;

const SHEET_CSS = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: ${NAVY}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; }
.sheet { width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.sheet-head { position: absolute; top: 8mm; left: ${SHEET_LEFT}mm; right: ${SHEET_LEFT}mm; font-size: 8pt; line-height: 1.4; color: #4a5b71; }
.sheet-head strong { display: block; color: ${NAVY}; font-size: 10pt; }
.sheet-foot { position: absolute; bottom: 8mm; left: ${SHEET_LEFT}mm; right: ${SHEET_LEFT}mm; font-size: 7pt; color: #4a5b71; text-align: center; }
.wc { position: absolute; width: 85.6mm; height: 54mm; overflow: hidden; background: #fff; border: 0.15mm solid #d5dbe3; }
.wc-head { background: ${NAVY}; color: #fff; font-weight: 700; font-size: 8.5pt; letter-spacing: 0.7pt; height: 8.5mm; padding: 0 3.5mm; display: flex; align-items: center; justify-content: space-between; }
.wc-head small { font-size: 6pt; font-weight: 400; letter-spacing: 0.3pt; color: #d8e0eb; }
.accent { color: #f7941d; font-style: normal; }
.wc-stripe { height: 1.4mm; background: repeating-linear-gradient(-45deg, #f7941d 0 1.4mm, ${NAVY} 1.4mm 2.8mm); }
.wc-body { position: absolute; top: 9.9mm; left: 0; right: 0; bottom: 0; display: flex; gap: 2.5mm; padding: 2.6mm 2.5mm 2mm 3.5mm; }
.wc-top { display: flex; gap: 2mm; min-height: 0; }
.wc-who { flex: 1; min-width: 0; }
.wc-photo { flex: none; width: 14mm; height: 17.5mm; object-fit: cover; border-radius: 1mm; }
.wc-text { flex: 1; min-width: 0; font-size: 6.5pt; line-height: 1.25; display: flex; flex-direction: column; }
.wc-name { font-size: 8.5pt; font-weight: 700; line-height: 1.15; }
.wc-name.long { font-size: 7pt; }
.wc-name .first { font-weight: 400; }
.wc-line { margin-top: 0.8mm; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; }
.clamp.one { -webkit-line-clamp: 1; }
.wc-number { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: 700; font-size: 8pt; margin-top: auto; letter-spacing: 0.2pt; white-space: nowrap; }
.wc-dates { margin-top: 1mm; display: flex; gap: 3mm; font-size: 5.5pt; color: #4a5b71; }
.wc-dates b { display: block; font-size: 7pt; color: ${NAVY}; }
.wc-qr { flex: none; width: 35mm; display: flex; flex-direction: column; align-items: center; }
.wc-qr svg { width: 35mm; height: 35mm; display: block; }
.wc-qr p { font-size: 5pt; margin-top: 0.6mm; color: #4a5b71; }
.mark { position: absolute; background: #000; }
.mark.h { height: 0.2mm; width: 3.5mm; }
.mark.v { width: 0.2mm; height: 3.5mm; }
`;

/** Cutting marks just outside the four corners of a card at (left, top), in mm. */
function cuttingMarks(left: number, top: number) {
  const right = left + 85.6;
  const bottom = top + 54;
  const marks: string[] = [];
  for (const y of [top, bottom])
    for (const [x, towards] of [
      [left, -1],
      [right, 1],
    ] as const) {
      // a horizontal mark beyond the card's side, a vertical one beyond its top or bottom
      marks.push(`<i class="mark h" style="left:${(towards < 0 ? x - 4.5 : x + 1).toFixed(2)}mm;top:${(y - 0.1).toFixed(2)}mm"></i>`);
      marks.push(`<i class="mark v" style="left:${(x - 0.1).toFixed(2)}mm;top:${(y === top ? y - 4.5 : y + 1).toFixed(2)}mm"></i>`);
    }
  return marks.join("");
}

async function sheetCard(p: PassportDocumentData, index: number) {
  const left = SHEET_LEFT + (index % 2) * (85.6 + SHEET_GAP);
  const top = SHEET_TOP + Math.floor(index / 2) * (54 + SHEET_GAP);
  const qr = await qrSvg(p.verificationUrl);
  const lastName = escapeHtml(p.holderLastName.toLocaleUpperCase("fr-FR"));
  const long = p.holderLastName.length + p.holderFirstName.length > 26;
  return `<div class="wc" style="left:${left.toFixed(2)}mm;top:${top.toFixed(2)}mm">
    <div class="wc-head"><span>PASSEPORT <em class="accent">SÉCURITÉ</em></span><small>UNPG</small></div>
    <div class="wc-stripe"></div>
    <div class="wc-body">
      <div class="wc-text">
        <div class="wc-top">${photoImg(p.photo, "wc-photo")}<div class="wc-who">
          <p class="wc-name clamp${long ? " long" : ""}">${lastName} <span class="first">${escapeHtml(p.holderFirstName)}</span></p>
          <p class="wc-line clamp">${escapeHtml(p.companyName)}</p>
          <p class="wc-line clamp one">${escapeHtml(p.profileName)}</p>
        </div></div>
        <p class="wc-number">${escapeHtml(p.number)}</p>
        <div class="wc-dates"><span>Obtenu le<b>${formatDate(p.issuedAt)}</b></span><span>Expire le<b>${formatDate(p.expiresAt)}</b></span></div>
      </div>
      <div class="wc-qr">${qr}<p>Scannez pour vérifier</p></div>
    </div>
  </div>${cuttingMarks(left, top)}`;
}

/**
 * Sheets of 8 wallet cards per A4 page, in the given order. Revoked passports get no card: the
 * first sheet says how many were left out. Null when nothing is left to print.
 */
export async function walletSheetHtml(passports: PassportDocumentData[]): Promise<string | null> {
  const printable = passports.filter((p) => p.status !== "REVOKED");
  if (printable.length === 0) return null;
  const left = passports.length - printable.length;
  const sheets: string[] = [];
  const count = Math.ceil(printable.length / CARDS_PER_SHEET);
  for (let s = 0; s < count; s++) {
    const cards = await Promise.all(printable.slice(s * CARDS_PER_SHEET, (s + 1) * CARDS_PER_SHEET).map(sheetCard));
    const note = s === 0 && left > 0 ? ` · ${left} passeport${left > 1 ? "s révoqués" : " révoqué"} sans carte` : "";
    sheets.push(`<section class="sheet">
  <p class="sheet-head"><strong>Cartes Passeport Sécurité à découper</strong><span>Coupez le long des traits aux coins des cartes${note} · page ${s + 1} sur ${count}</span></p>
  ${cards.join("\n  ")}
  <p class="sheet-foot">Imprimez à 100 % (taille réelle), sans ajustement à la page : chaque carte mesure 85,6 × 54 mm. Union nationale des producteurs de granulats (UNPG).</p>
</section>`);
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cartes Passeport Sécurité</title><style>${SHEET_CSS}</style></head><body>${sheets.join("\n")}</body></html>`;
}
