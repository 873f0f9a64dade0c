// Issue 14, item 4: the readable summary (PDF) of a person's data, in French, beside the JSON in
// the ZIP. Self-contained HTML (inline CSS, no network) printed by lib/pdf/render-pdf.ts.
import "server-only";
import { escapeHtml } from "@/lib/html";
import { formatDate, formatDateTime } from "@/lib/format";
import { frenchSpaces } from "@/lib/typography";
import type { PersonalData } from "@/lib/people/personal-data";

const NAVY = "#0b2545";
const CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: ${NAVY}; font-size: 9pt; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 7mm 0 2mm; border-bottom: 0.6mm solid #f7941d; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.lead { color: #4a5b71; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.2mm solid #d5dce6; overflow-wrap: anywhere; }
th { background: #eef2f7; font-size: 8pt; }
dl { display: grid; grid-template-columns: 55mm 1fr; gap: 1mm 4mm; margin: 0; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
.empty { color: #4a5b71; font-style: italic; }
`;

const t = (s: string) => escapeHtml(frenchSpaces(s));
const d = (v: Date | string | null | undefined) => (v ? formatDate(new Date(v)) : "—");
const dt = (v: Date | string | null | undefined) => (v ? formatDateTime(new Date(v)) : "—");
const yes = (b: boolean) => (b ? "oui" : "non");

function facts(items: [string, string][]) {
  return `<dl>${items.map(([k, v]) => `<dt>${t(k)}</dt><dd>${t(v)}</dd>`).join("")}</dl>`;
}

function table(headers: string[], rows: string[][], empty: string) {
  if (rows.length === 0) return `<p class="empty">${t(empty)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${t(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${t(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

export function personalDataDocumentHtml(data: PersonalData) {
  const p = data.profile;
  const name = `${p.firstName} ${p.lastName.toUpperCase()}`;
  const sections = [
    `<h1>Vos données — Passeport Sécurité</h1>`,
    `<p class="lead">${t(`Données que la plateforme conserve sur ${name}, au ${dt(data.generatedAt)}. Le fichier donnees.json du même dossier les contient toutes, dans un format lisible par une machine.`)}</p>`,
    `<h2>Compte et identité</h2>`,
    facts([
      ["Nom", p.lastName],
      ["Prénom", p.firstName],
      ["Adresse e-mail", data.account.email ?? "aucune"],
      ["ID unique", data.account.uniqueId ?? "aucun"],
      ["Compte créé le", d(data.account.createdAt)],
      ["Dernière connexion", dt(data.account.lastLoginAt)],
      ["Mot de passe choisi", yes(data.account.passwordChosen)],
      ["Connexion désactivée", data.account.disabledAt ? d(data.account.disabledAt) : "non"],
      ["Supprimé(e) le", p.deletedAt ? d(p.deletedAt) : "non"],
    ]),
    `<h2>Entreprise</h2>`,
    facts([
      ["Entreprise", `${data.company.name} (${data.company.kind})`],
      ["SIRET", data.company.siret ?? "—"],
    ]),
    `<h2>Profil</h2>`,
    facts([
      ["Profil de sensibilisation", p.awarenessProfile ?? "—"],
      ["Transporteur", yes(p.isHauler)],
      ["Intervient techniquement", yes(p.isTechnical)],
      ["Contrôleur", yes(p.controller)],
      ["Bloqué", p.blockedAt ? `depuis le ${dt(p.blockedAt)}` : "non"],
      [
        "Passeport SNBPE",
        p.snbpePassport ? `obtenu le ${d(p.snbpePassport.obtainedAt)}, expire le ${d(p.snbpePassport.expiresAt)}` : "aucun",
      ],
      [
        "Notifications par e-mail",
        `alertes ${yes(p.notifications.alertsByEmail)}, notifications ${yes(p.notifications.tasksByEmail)}, messages ciblés ${yes(p.notifications.messagesByEmail)}`,
      ],
    ]),
    `<h2>Parcours</h2>`,
    data.path.length === 0
      ? `<p class="empty">Aucun parcours.</p>`
      : data.path
          .map(
            (path) =>
              `<h3>${t(`${path.profile}, commencé le ${d(path.startedAt)}${path.completedAt ? `, terminé le ${d(path.completedAt)}` : ", en cours"}`)}</h3>` +
              table(
                ["Module", "Support vu", "Échecs", "Validé"],
                path.modules.map((m) => [
                  m.module,
                  d(m.mediaSeenAt),
                  String(m.failedAttempts),
                  m.passedAt ? `${d(m.passedAt)} (${m.passedVia})` : "—",
                ]),
                "Aucun module commencé.",
              ),
          )
          .join(""),
    `<h2>Tentatives aux questionnaires (${data.attempts.length})</h2>`,
    table(
      ["Date", "Module", "Score", "Résultat"],
      data.attempts.map((a) => [
        dt(a.submittedAt ?? a.startedAt),
        a.module,
        a.score === null ? "—" : `${a.score}\u00a0%`,
        a.passed === null ? "non terminée" : a.passed ? "réussie" : "échouée",
      ]),
      "Aucune tentative.",
    ),
    `<p class="lead">${t("Les réponses données à chaque question sont dans donnees.json.")}</p>`,
    `<h2>Passeports et contrôles</h2>`,
    data.passports.length === 0
      ? `<p class="empty">Aucun passeport.</p>`
      : data.passports
          .map(
            (pa) =>
              `<h3>${t(`${pa.number} — ${pa.profile} — ${pa.status}`)}</h3><p>${t(
                `Délivré le ${d(pa.issuedAt)} (${pa.issuedVia}), valable jusqu'au ${d(pa.expiresAt)}, entreprise ${pa.company}${pa.revokedAt ? `, révoqué le ${d(pa.revokedAt)} : ${pa.revokedReason ?? "sans motif"}` : ""}.`,
              )}</p>` +
              table(
                ["Contrôlé le", "Résultat", "Comment", "Où"],
                pa.checks.map((c) => [dt(c.checkedAt), c.result, c.channel, c.site ?? c.checkedFor ?? "—"]),
                "Aucun contrôle enregistré.",
              ),
          )
          .join(""),
    `<h2>Sensibilisations de groupe suivies</h2>`,
    table(
      ["Sensibilisation", "Date", "Décision"],
      data.sessionsAttended.map((s) => [s.session, d(s.heldOn), s.decision]),
      "Aucune sensibilisation de groupe.",
    ),
    data.trainerAccreditations.length || data.sessionsTrained.length || data.checksMadeAsController.length
      ? `<h2>Rôles de formateur et de contrôleur</h2>` +
        table(
          ["Habilitation formateur", "Demandée le", "Décidée le", "Jusqu'au"],
          data.trainerAccreditations.map((a) => [a.status, d(a.requestedAt), d(a.decidedAt), d(a.validUntil)]),
          "Aucune habilitation formateur.",
        ) +
        `<p>${t(`Sensibilisations animées : ${data.sessionsTrained.length}. Contrôles de passeports effectués : ${data.checksMadeAsController.length} (détail dans donnees.json).`)}</p>`
      : "",
    `<h2>E-mails qui vous ont été adressés (${data.emails.length})</h2>`,
    table(
      ["Date", "Objet", "État"],
      data.emails.map((m) => [dt(m.createdAt), m.subject, m.status]),
      data.account.email ? "Aucun e-mail." : "Pas d'adresse e-mail : les messages sont adressés au référent de votre entreprise.",
    ),
    `<h2>Sessions de connexion</h2>`,
    table(
      ["Ouverte le", "Dernière activité", "Adresse IP", "Navigateur"],
      data.loginSessions.map((s) => [dt(s.createdAt), dt(s.lastSeenAt), s.address ?? "—", s.userAgent ?? "—"]),
      "Aucune session enregistrée.",
    ),
    data.supportRequests.length
      ? `<h2>Demandes d'assistance</h2>` +
        table(
          ["Date", "Objet", "État"],
          data.supportRequests.map((s) => [dt(s.createdAt), s.subject, s.status]),
          "",
        )
      : "",
    `<h2>Journal d'audit : opérations vous concernant</h2>`,
    table(
      ["Date", "Opération", "Par"],
      data.auditEntries.map((e) => [dt(e.at), e.label, e.by]),
      "Aucune opération enregistrée.",
    ),
  ];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${t(`Données de ${name}`)}</title><style>${CSS}</style></head><body>${sections.join("")}</body></html>`;
}
