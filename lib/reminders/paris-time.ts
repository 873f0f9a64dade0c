// The reminders live on the Paris calendar: a day, an hour and a week are those of a clock in
// Paris, whatever the server's time zone (the job runner's cron reads UTC, lib/jobs/tasks.ts).
const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function parisClock(d: Date) {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return {
    /** YYYY-MM-DD */
    day: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    /** 0 = Monday … 6 = Sunday */
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

/** The Monday (YYYY-MM-DD) of the Paris week of `d`. */
export function parisWeekOf(d: Date) {
  const { day, weekday } = parisClock(d);
  const monday = new Date(`${day}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - weekday);
  return monday.toISOString().slice(0, 10);
}

/** Whole Paris calendar days from `now` to `then` (0: the same day, negative: past). */
export function parisDaysBetween(now: Date, then: Date) {
  const a = Date.parse(`${parisClock(now).day}T00:00:00Z`);
  const b = Date.parse(`${parisClock(then).day}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}
