// F3: the page a passport's QR code opens at the gate. Plain HTML built here rather than a
// React page: a few kilobytes, no JavaScript to download on a weak phone connection in a
// quarry, and several times the throughput of a server-rendered page (bench/verification.mjs).
import type { GateAnswer } from "@/lib/passports/verify-passport";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { formatDate } from "@/lib/format";
import { escapeHtml } from "@/lib/html";

const TONES = {
  VALID: "#15803d;color:#fff",
  EXPIRED: "#f59e0b;color:#0b2545",
  REVOKED: "#b91c1c;color:#fff",
  UNKNOWN: "#475569;color:#fff",
  FORGED: "#7f1d1d;color:#fff",
};

const CSS = `body{margin:0;font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;background:#f4f6f9;color:#0b2545}
header{background:#0b2545;color:#fff;padding:14px 16px;font-weight:900;letter-spacing:1px;border-bottom:4px solid #f28c28}
header span{color:#f28c28}main{max-width:28rem;margin:0 auto;padding:16px}h1{font-size:1.2rem}
.card{background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.result{margin:0;padding:16px;text-align:center;font-size:2rem;font-weight:900;text-transform:uppercase}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0;padding:16px}dt{font-weight:700}dd{margin:0}
.alert{background:#fef2f2;color:#7f1d1d;padding:16px;border-radius:8px;font-weight:700}p.note{font-size:.85rem;color:#475569}`;

/** `notice`: a French message shown instead of an answer (too many requests). */
export function verificationHtml(answer: GateAnswer | null, notice?: string) {
  let body: string;
  if (notice) {
    body = `<p role="alert" class="alert">${escapeHtml(notice)}</p>`;
  } else if (!answer) {
    body = `<p role="alert" class="alert">Ce lien de vérification n'est pas valide. Il a pu être modifié : scannez à nouveau le QR code du passeport.</p>`;
  } else {
    const details = answer.holder
      ? `<dl><dt>Nom</dt><dd>${escapeHtml(answer.holder.lastName.toUpperCase())} ${escapeHtml(answer.holder.firstName)}</dd>
<dt>Entreprise</dt><dd>${escapeHtml(answer.companyName ?? "")}</dd>
<dt>Profil</dt><dd>${escapeHtml(answer.profileName ?? "")}</dd>
<dt>Expiration</dt><dd>${answer.expiresAt ? formatDate(answer.expiresAt) : "-"}</dd></dl>`
      : `<p style="padding:16px">Aucun passeport ne correspond.</p>`;
    body = `<section class="card" aria-live="polite"><p class="result" style="background:${TONES[answer.result]}">${CHECK_LABELS[answer.result]}</p>${details}</section>`;
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Vérification d'un passeport — Passeport Sécurité UNPG</title><style>${CSS}</style></head>
<body><header>PASSEPORT <span>SÉCURITÉ</span></header><main><h1>Vérification du passeport sécurité</h1>${body}
<p class="note">Vérification en temps réel auprès de la plateforme Passeport Sécurité de l'UNPG.</p></main></body></html>`;
}
