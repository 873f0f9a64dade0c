// E4–E6: the printed knowledge test of a group session. One "Exemplaire participant" per
// participant, pre-filled (session date, name, first name, company), then one "Exemplaire
// formateur" answer key, each starting on a new page. Choices are shuffled per session
// (the right answer is not always first) with a seed drawn from the session, so every copy
// and the key show the same order.
import "server-only";
import { createHash } from "node:crypto";
import { formatDate } from "@/lib/format";
import { escapeHtml } from "@/lib/html";
import { shuffle } from "@/lib/learning/shuffle";

export type QuestionnaireModule = {
  title: string;
  passMark: number;
  questions: { id: string; text: string; choices: { text: string; isCorrect: boolean }[] }[];
};

export type QuestionnaireData = {
  sessionId: string;
  sessionLabel: string;
  profileName: string;
  heldOn: Date;
  participants: { firstName: string; lastName: string; companyName: string }[];
  modules: QuestionnaireModule[];
};

const NAVY = "#0b2545";
/** A CSS string of any text, safe inside <style> too. */
const cssString = (s: string) => JSON.stringify(s).replace(/</g, "\\3C ");

/**
 * The fewest right answers that pass a module of `count` questions: a module is passed when
 * the rounded share of right answers reaches its pass mark (lib/learning/quiz.ts).
 */
export function rightAnswersToPass(count: number, passMark: number) {
  for (let right = 0; right <= count; right++) if (Math.round((100 * right) / Math.max(count, 1)) >= passMark) return right;
  return count;
}
const LETTERS = "ABCDEFGH";

const CSS = `
@page { size: A4; margin: 14mm 15mm 16mm; @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", sans-serif; color: #4a5b71; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: ${NAVY}; font-size: 10pt; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.copy { break-before: page; page-break-before: always; }
.copy:first-child { break-before: auto; page-break-before: auto; }
header { display: grid; grid-template-columns: 1fr auto; gap: 6mm; border-bottom: 1.2mm solid #f7941d; padding-bottom: 4mm; margin-bottom: 5mm; }
.brand { font-size: 18pt; font-weight: 700; letter-spacing: 1pt; }
.brand em { color: #f7941d; font-style: normal; }
.kind { font-size: 10pt; margin-top: 1mm; }
.title { font-size: 13pt; font-weight: 700; margin-top: 3mm; }
.copy-kind { display: inline-block; margin-top: 1.5mm; padding: 0.8mm 3mm; border: 0.4mm solid ${NAVY}; font-weight: 700; font-size: 9.5pt; letter-spacing: 0.3pt; }
.key .copy-kind { background: #b3131b; border-color: #b3131b; color: #fff; }
.identity { border: 0.4mm solid ${NAVY}; border-radius: 2mm; padding: 3mm 4mm; min-width: 78mm; font-size: 10pt; }
.identity div { display: grid; grid-template-columns: 24mm 1fr; padding: 0.8mm 0; border-bottom: 0.2mm dotted #8794a6; }
.identity div:last-child { border-bottom: none; }
.identity span { color: #4a5b71; }
.identity strong { overflow-wrap: anywhere; }
.instructions { background: #eef2f7; padding: 2.5mm 4mm; margin-bottom: 4mm; font-size: 9pt; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; padding: 1.5mm 3mm; background: ${NAVY}; color: #fff; break-after: avoid; page-break-after: avoid; }
ol.questions { margin: 0; padding-left: 0; list-style: none; }
.question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3.5mm; }
.question p { margin: 0 0 1.2mm; font-weight: 700; }
.question ul { list-style: none; margin: 0; padding: 0 0 0 6mm; }
.question li { margin: 0.8mm 0; display: flex; gap: 2.5mm; align-items: baseline; }
.box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.35mm solid ${NAVY}; flex: none; position: relative; top: 0.6mm; }
.letter { font-weight: 700; width: 4mm; flex: none; }
.score { margin-top: 6mm; border-top: 0.3mm solid #8794a6; padding-top: 3mm; font-size: 9.5pt; break-inside: avoid; page-break-inside: avoid; }
.score td { border-bottom: 0.2mm dotted #8794a6; }
.score .visa { margin-top: 3mm; text-align: right; }
table { width: 100%; border-collapse: collapse; margin-bottom: 2mm; table-layout: fixed; }
col.n { width: 9mm; } col.q { width: 55%; }
th, td { text-align: left; padding: 1.4mm 2mm; border-bottom: 0.2mm solid #c5cdd8; vertical-align: top; font-size: 9.5pt; }
th { font-size: 8.5pt; text-transform: uppercase; color: #4a5b71; }
td.answer { font-weight: 700; }
tr { break-inside: avoid; page-break-inside: avoid; }
.warning { color: #b3131b; font-weight: 700; }
`;

/** A reproducible stream of random integers from a seed (mulberry32 over a SHA-256 of it). */
function seededRandom(seed: string) {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return (max: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max) | 0;
  };
}

type Drawn = {
  title: string;
  passMark: number;
  questions: { number: number; text: string; choices: { text: string; isCorrect: boolean }[] }[];
};

function draw(data: QuestionnaireData): Drawn[] {
  let number = 0;
  return data.modules.map((m) => ({
    title: m.title,
    passMark: m.passMark,
    questions: m.questions.map((q) => ({
      number: ++number,
      text: q.text,
      choices: shuffle(q.choices, seededRandom(`${data.sessionId}:${q.id}`)),
    })),
  }));
}

function header(data: QuestionnaireData, kind: string, identity: string) {
  return `<header>
  <div>
    <div class="brand">PASSEPORT <em>SÉCURITÉ</em></div>
    <div class="kind">Sensibilisation en groupe<br>Profil <strong>${escapeHtml(data.profileName.toUpperCase())}</strong></div>
    <div class="title">Évaluation des connaissances</div>
    <div class="copy-kind">${kind}</div>
  </div>
  <div class="identity">${identity}</div>
</header>`;
}

const line = (label: string, value: string) => `<div><span>${label}</span><strong>${escapeHtml(value)}</strong></div>`;

/** Issue 15: each copy is a named page whose margin names its owner, on every page of it. */
function pageName(index: number, owner: string) {
  return `@page copie${index} { @top-right { content: ${cssString(owner)}; font: 8pt "DejaVu Sans", sans-serif; color: #4a5b71; } }
.copie${index} { page: copie${index}; }`;
}

function participantCopy(data: QuestionnaireData, drawn: Drawn[], p: QuestionnaireData["participants"][number], index: number) {
  return `<section class="copy copie${index}">
${header(data, "Exemplaire participant", line("Session du :", formatDate(data.heldOn)) + line("Nom :", p.lastName.toUpperCase()) + line("Prénom :", p.firstName) + line("Entreprise :", p.companyName))}
<p class="instructions">Pour chaque question, cochez <strong>une seule réponse</strong>. Rendez cette feuille au formateur à la fin de la sensibilisation (${escapeHtml(data.sessionLabel)}).</p>
${drawn
  .map(
    (m, mi) => `<h2>Module ${mi + 1} — ${escapeHtml(m.title)}</h2>
<ol class="questions">${m.questions
      .map(
        (q) =>
          `<li class="question"><p>${q.number}. ${escapeHtml(q.text)}</p><ul>${q.choices
            .map(
              (c, ci) => `<li><span class="box"></span><span class="letter">${LETTERS[ci]}</span><span>${escapeHtml(c.text)}</span></li>`,
            )
            .join("")}</ul></li>`,
      )
      .join("")}</ol>`,
  )
  .join("\n")}
<div class="score"><table><thead><tr><th>Module</th><th>Réponses justes</th><th>Réussi à partir de</th></tr></thead><tbody>${drawn
    .map(
      (m, mi) =>
        `<tr><td>${mi + 1}. ${escapeHtml(m.title)}</td><td>……… / ${m.questions.length}</td><td>${rightAnswersToPass(m.questions.length, m.passMark)} / ${m.questions.length} (${m.passMark} %)</td></tr>`,
    )
    .join("")}</tbody></table><p>Le passeport est obtenu quand chaque module est réussi.</p><p class="visa">Visa du formateur :</p></div>
</section>`;
}

function answerKey(data: QuestionnaireData, drawn: Drawn[]) {
  return `<section class="copy key copie${data.participants.length}">
${header(data, "Exemplaire formateur — corrigé", line("Session :", data.sessionLabel) + line("Session du :", formatDate(data.heldOn)) + line("Participants :", String(data.participants.length)))}
<p class="instructions"><span class="warning">Ne pas distribuer.</span> Un module est réussi quand la part de réponses justes atteint le seuil indiqué ; le passeport est obtenu quand tous les modules sont réussis.</p>
${drawn
  .map(
    (m, mi) =>
      `<h2>Module ${mi + 1} — ${escapeHtml(m.title)} · seuil ${m.passMark} % : réussi à partir de ${rightAnswersToPass(m.questions.length, m.passMark)} / ${m.questions.length}</h2>
<table><colgroup><col class="n"><col class="q"><col></colgroup><thead><tr><th>N°</th><th>Question</th><th>Réponse</th></tr></thead><tbody>${m.questions
        .map((q) => {
          const right = q.choices.findIndex((c) => c.isCorrect);
          return `<tr><td>${q.number}</td><td>${escapeHtml(q.text)}</td><td class="answer">${LETTERS[right]} — ${escapeHtml(q.choices[right]?.text ?? "")}</td></tr>`;
        })
        .join("")}</tbody></table>`,
  )
  .join("\n")}
</section>`;
}

export function questionnaireHtml(data: QuestionnaireData): string {
  const drawn = draw(data);
  const copies = data.participants.map((p, i) => participantCopy(data, drawn, p, i));
  const owners = [
    ...data.participants.map((p) => `${p.lastName.toUpperCase()} ${p.firstName} — ${data.sessionLabel}`),
    `Corrigé formateur — ${data.sessionLabel}`,
  ];
  const pages = owners.map((owner, i) => pageName(i, owner)).join("\n");
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Questionnaires ${escapeHtml(data.sessionLabel)}</title><style>${CSS}\n${pages}</style></head><body>${copies.join("\n")}\n${answerKey(data, drawn)}</body></html>`;
}
