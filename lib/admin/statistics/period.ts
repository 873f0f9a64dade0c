// Issue 11, item 6: the period of the statistics, read from the page's query string (?du=&au=,
// AAAA-MM-JJ, Paris calendar days, both included). Anything wrong gives French errors next to
// the fields and the default period (the current month and the 11 before it), never a 500.
import { cleanText } from "@/lib/text";

export const MAX_DAYS = 5 * 366;

export type Period = { from: string; to: string };
export type PeriodInput = { du: string; au: string };
export type PeriodResult = { period: Period; input: PeriodInput; errors: { du?: string; au?: string } };

const DAY_MS = 24 * 3600_000;
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's Paris date, AAAA-MM-JJ. */
export const todayInParis = (now: Date) => parisDay.format(now);

/** A real calendar date written AAAA-MM-JJ (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && d.getUTCFullYear() >= 2000;
}

export function defaultPeriod(now: Date): Period {
  const to = todayInParis(now);
  const [y, m] = to.split("-").map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function parsePeriod(params: Record<string, string | string[] | undefined>, now = new Date()): PeriodResult {
  const fallback = defaultPeriod(now);
  const du = cleanText(params.du, 20).trim();
  const au = cleanText(params.au, 20).trim();
  const errors: PeriodResult["errors"] = {};
  if (du && !isCalendarDate(du)) errors.du = "Date de début invalide : indiquez une date au format JJ/MM/AAAA, depuis l'an 2000.";
  if (au && !isCalendarDate(au)) errors.au = "Date de fin invalide : indiquez une date au format JJ/MM/AAAA, depuis l'an 2000.";
  const from = du && !errors.du ? du : fallback.from;
  const to = au && !errors.au ? au : fallback.to;
  if (!errors.du && !errors.au) {
    if (from > to) errors.au = "La date de fin doit suivre la date de début.";
    else if (daysBetween(from, to) >= MAX_DAYS) errors.au = "La période ne peut pas dépasser 5 ans.";
  }
  const input = { du: du || fallback.from, au: au || fallback.to };
  return { period: errors.du || errors.au ? fallback : { from, to }, input, errors };
}

/** The first day of each month that the period touches, AAAA-MM-01. */
export function monthsOf(period: Period): string[] {
  const [y, m] = period.from.split("-").map(Number);
  const out: string[] = [];
  for (let d = new Date(Date.UTC(y, m - 1, 1)); d.toISOString().slice(0, 10) <= period.to; d.setUTCMonth(d.getUTCMonth() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Every day of the period, AAAA-MM-JJ. */
export function daysOf(period: Period): string[] {
  const out: string[] = [];
  for (let d = new Date(`${period.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= period.to; d = new Date(d.getTime() + DAY_MS)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** The query string of a period, for links (CSV downloads). */
export const periodQuery = (period: Period) => `du=${period.from}&au=${period.to}`;
