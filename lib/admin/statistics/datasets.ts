// Issue 11, item 6: the statistics as datasets, each with its title, its table (the accessible
// form of its chart, and the CSV download) and the chart drawn from it. The page and the CSV
// route read the same datasets, so the file says what the screen says.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { daysOf, monthsOf, type Period } from "@/lib/admin/statistics/period";
import * as q from "@/lib/admin/statistics/queries";

export type CellValue = string | number;
export type Chart =
  | {
      kind: "bars";
      categories: string[];
      series: { name: string; values: number[] }[];
      stacked: boolean;
      horizontal: boolean;
      unit?: string;
    }
  | { kind: "lines"; categories: string[]; series: { name: string; values: number[] }[] };
export type Dataset = { key: DatasetKey; title: string; summary: string; headers: string[]; rows: CellValue[][]; chart: Chart };

export const DATASET_KEYS = [
  "passeports-profil",
  "passeports-canal",
  "etat-passeports",
  "comptes-bloques",
  "formateurs",
  "modules",
  "questions",
  "controles",
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];
export const isDatasetKey = (v: string): v is DatasetKey => (DATASET_KEYS as readonly string[]).includes(v);

const monthLabel = new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" });
const dayLabel = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const month = (d: string) => monthLabel.format(new Date(`${d}T00:00:00Z`));
const day = (d: string) => dayLabel.format(new Date(`${d}T00:00:00Z`));
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export const CHANNELS = { ONLINE: "En ligne", SESSION: "Session de groupe", SNBPE: "Réciprocité SNBPE" } as const;
export const CHECK_RESULTS = { VALID: "Valide", EXPIRED: "Expiré", REVOKED: "Révoqué", UNKNOWN: "Inconnu", FORGED: "Falsifié" } as const;

type Issued = Awaited<ReturnType<typeof q.passportsIssued>>;

function byMonth(period: Period, issued: Issued, groups: { id: string; name: string }[], keyOf: (r: q.IssuedRow) => string) {
  const months = monthsOf(period);
  const counts = new Map<string, number>();
  for (const r of issued.rows) counts.set(`${r.month}|${keyOf(r)}`, (counts.get(`${r.month}|${keyOf(r)}`) ?? 0) + r.count);
  const series = groups.map((g) => ({ name: g.name, values: months.map((m) => counts.get(`${m}|${g.id}`) ?? 0) }));
  const rows = months.map((m, i) => [month(m), ...series.map((s) => s.values[i]), sum(series.map((s) => s.values[i]))]);
  const totals = series.map((s) => sum(s.values));
  return {
    headers: ["Mois", ...groups.map((g) => g.name), "Total"],
    rows: [...rows, ["Total", ...totals, sum(totals)]],
    chart: { kind: "bars" as const, categories: months.map(month), series, stacked: true, horizontal: false },
    total: sum(totals),
  };
}

export function issuedByProfile(period: Period, issued: Issued): Dataset {
  const t = byMonth(period, issued, issued.profiles, (r) => r.profileId);
  return {
    key: "passeports-profil",
    title: "Passeports délivrés par mois et par profil",
    summary: `${t.total} passeport(s) délivré(s) sur la période.`,
    ...t,
  };
}

export function issuedByChannel(period: Period, issued: Issued): Dataset {
  const used = new Set(issued.rows.map((r) => r.via));
  const channels = (Object.keys(CHANNELS) as (keyof typeof CHANNELS)[])
    .filter((c) => c !== "SNBPE" || used.has(c))
    .map((c) => ({ id: c, name: CHANNELS[c] }));
  const t = byMonth(period, issued, channels, (r) => r.via);
  return {
    key: "passeports-canal",
    title: "Passeports délivrés par mois et par canal",
    summary: `${t.total} passeport(s) délivré(s) sur la période.`,
    ...t,
  };
}

export function states(s: Awaited<ReturnType<typeof q.passportStates>>): Dataset {
  const labels = ["Valides (plus de 60 jours)", "Expirent dans les 60 jours", "Expirés", "Révoqués"];
  const values = [s.valid, s.expiring, s.expired, s.revoked];
  return {
    key: "etat-passeports",
    title: "État des passeports aujourd'hui",
    summary: `${s.valid + s.expiring} passeport(s) valide(s), dont ${s.expiring} expirent dans les 60 jours ; ${s.expired} expiré(s).`,
    headers: ["État", "Passeports"],
    rows: labels.map((l, i) => [l, values[i]]),
    chart: { kind: "bars", categories: labels, series: [{ name: "Passeports", values }], stacked: false, horizontal: true },
  };
}

export function blocked(rows: Awaited<ReturnType<typeof q.blockedAccounts>>): Dataset {
  const labels = rows.map((r) => r.title ?? "Module inconnu");
  return {
    key: "comptes-bloques",
    title: "Comptes bloqués aujourd'hui, par module",
    summary: `${sum(rows.map((r) => r.blocked))} compte(s) bloqué(s), dont ${sum(rows.map((r) => r.inPeriod))} bloqué(s) pendant la période.`,
    headers: ["Module", "Comptes bloqués", "Dont bloqués pendant la période"],
    rows: rows.map((r, i) => [labels[i], r.blocked, r.inPeriod]),
    chart: {
      kind: "bars",
      categories: labels,
      series: [{ name: "Comptes bloqués", values: rows.map((r) => r.blocked) }],
      stacked: false,
      horizontal: true,
    },
  };
}

export function trainerTable(rows: q.TrainerRow[]): Dataset {
  const top = rows.slice(0, 15);
  return {
    key: "formateurs",
    title: "Sessions et passeports par formateur",
    summary: `${rows.length} formateur(s) actif(s) sur la période ; le graphique montre les ${top.length} premiers par passeports délivrés.`,
    headers: ["Formateur", "Entreprise", "Sessions", "Participants", "Passeports délivrés"],
    rows: rows.map((r) => [r.name, r.company, r.sessions, r.participants, r.passports]),
    chart: {
      kind: "bars",
      categories: top.map((r) => r.name),
      series: [
        { name: "Sessions", values: top.map((r) => r.sessions) },
        { name: "Passeports délivrés", values: top.map((r) => r.passports) },
      ],
      stacked: false,
      horizontal: true,
    },
  };
}

export function moduleTable(rows: Awaited<ReturnType<typeof q.modules>>): Dataset {
  const rate = rows.map((r) => percent(r.passed, r.attempts));
  return {
    key: "modules",
    title: "Réussite par module",
    summary: `${sum(rows.map((r) => r.attempts))} tentative(s) sur la période. Tentatives par réussite : nombre moyen de tentatives pour une réussite.`,
    headers: ["Module", "Tentatives", "Réussites", "Taux de réussite (%)", "Tentatives par réussite"],
    rows: rows.map((r, i) => [
      r.title,
      r.attempts,
      r.passed,
      rate[i],
      r.passed === 0 ? "-" : Math.round((10 * r.attempts) / r.passed) / 10,
    ]),
    chart: {
      kind: "bars",
      categories: rows.map((r) => r.title),
      series: [{ name: "Taux de réussite", values: rate }],
      stacked: false,
      horizontal: true,
      unit: "%",
    },
  };
}

export function questionTable(rows: q.QuestionRow[]): Dataset {
  const top = rows.slice(0, 10);
  // the question's number first: a long module name is what gets shortened
  const label = (r: q.QuestionRow) => `Q${r.position} · ${r.module}`;
  return {
    key: "questions",
    title: "Questions les plus souvent manquées",
    summary: `Les ${rows.length} questions au plus fort taux d'échec sur la période (une question laissée sans réponse compte comme fausse).`,
    headers: ["Module", "Question", "Réponses", "Fausses", "Taux d'échec (%)", "Mauvaise réponse la plus choisie", "Choisie"],
    rows: rows.map((r) => [
      r.module,
      `Q${r.position}. ${r.text}`,
      r.answers,
      r.wrong,
      percent(r.wrong, r.answers),
      r.topWrongChoice ?? "-",
      r.topWrongCount,
    ]),
    chart: {
      kind: "bars",
      categories: top.map(label),
      series: [{ name: "Taux d'échec", values: top.map((r) => percent(r.wrong, r.answers)) }],
      stacked: false,
      horizontal: true,
      unit: "%",
    },
  };
}

/** Over a long period the page groups the gate checks by week (a year of days is hundreds of rows and points); the CSV keeps every day. */
export const WEEKS_BEYOND_DAYS = 92;
export type Granularity = "jour" | "semaine";
export const granularityOf = (period: Period): Granularity => (daysOf(period).length > WEEKS_BEYOND_DAYS ? "semaine" : "jour");

/** The Monday of a day's week, AAAA-MM-JJ. */
export function mondayOf(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
  return t.toISOString().slice(0, 10);
}

export function checkTable(period: Period, rows: q.CheckRow[], granularity: Granularity = "jour"): Dataset {
  const days = daysOf(period);
  // each day's bucket: itself, or its week (labelled by the first day of the week inside the period)
  const bucketOf = granularity === "jour" ? (d: string) => d : (d: string) => (mondayOf(d) < period.from ? period.from : mondayOf(d));
  const buckets = [...new Set(days.map(bucketOf))];
  const index = new Map(buckets.map((b, i) => [b, i]));
  const results = Object.keys(CHECK_RESULTS) as (keyof typeof CHECK_RESULTS)[];
  const series = results.map((r) => ({ name: CHECK_RESULTS[r], values: buckets.map(() => 0) }));
  for (const r of rows) {
    const i = index.get(bucketOf(r.day));
    const k = results.indexOf(r.result);
    if (i !== undefined && k >= 0) series[k].values[i] += r.count;
  }
  const totals = series.map((s) => sum(s.values));
  const label = granularity === "jour" ? day : (b: string) => `sem. du ${day(b)}`;
  return {
    key: "controles",
    title: "Contrôles aux entrées par jour et par résultat",
    summary:
      `${sum(totals)} contrôle(s) sur la période : ${results.map((r, i) => `${totals[i]} ${CHECK_RESULTS[r].toLowerCase()}`).join(", ")}.` +
      (granularity === "semaine"
        ? ` Sur plus de ${WEEKS_BEYOND_DAYS} jours, le graphique et le tableau regroupent les jours par semaine (du lundi au dimanche) ; le CSV donne chaque jour.`
        : ""),
    headers: [granularity === "jour" ? "Jour" : "Semaine", ...series.map((s) => s.name), "Total"],
    rows: [
      ...buckets.map((b, i) => [label(b), ...series.map((s) => s.values[i]), sum(series.map((s) => s.values[i]))]),
      ["Total", ...totals, sum(totals)],
    ],
    chart: { kind: "lines", categories: buckets.map(label), series },
  };
}

/** questions shown on the page (the CSV lists up to 500) */
const PAGE_QUESTIONS = 20;

/** Every dataset of the page, the queries run side by side. */
export async function allDatasets(viewer: Viewer, period: Period, now = new Date()): Promise<Dataset[]> {
  const [issued, s, b, t, m, qs, c] = await Promise.all([
    q.passportsIssued(viewer, period),
    q.passportStates(viewer, now),
    q.blockedAccounts(viewer, period),
    q.trainers(viewer, period),
    q.modules(viewer, period),
    q.questions(viewer, period, PAGE_QUESTIONS),
    q.checksPerDay(viewer, period),
  ]);
  return [
    issuedByProfile(period, issued),
    issuedByChannel(period, issued),
    states(s),
    blocked(b),
    trainerTable(t),
    moduleTable(m),
    questionTable(qs),
    checkTable(period, c, granularityOf(period)),
  ];
}

/** One dataset, for its CSV download. */
export async function oneDataset(viewer: Viewer, key: DatasetKey, period: Period, now = new Date()): Promise<Dataset> {
  switch (key) {
    case "passeports-profil":
      return issuedByProfile(period, await q.passportsIssued(viewer, period));
    case "passeports-canal":
      return issuedByChannel(period, await q.passportsIssued(viewer, period));
    case "etat-passeports":
      return states(await q.passportStates(viewer, now));
    case "comptes-bloques":
      return blocked(await q.blockedAccounts(viewer, period));
    case "formateurs":
      return trainerTable(await q.trainers(viewer, period));
    case "modules":
      return moduleTable(await q.modules(viewer, period));
    case "questions":
      return questionTable(await q.questions(viewer, period, 500));
    case "controles":
      return checkTable(period, await q.checksPerDay(viewer, period));
  }
}
