// Issue 14, item 5: how long things are kept. One source for the retention jobs and for the
// "Confidentialité" page (both read retentionPolicy()), so that what the page promises is
// what the jobs do. Durations come from the environment (lib/env.ts), with the defaults.
import { env } from "@/lib/env";

/** Ended login sessions are deleted this many days after their end (issue 17's rule, unchanged). */
export const SESSION_KEEP_DAYS = 30;

export type RetentionPolicy = {
  /** gate checks (PassportCheck) are deleted this many months after the check */
  checkMonths: number;
  /** a delivered e-mail's text and HTML are emptied this many days after delivery */
  emailBodyDays: number;
  /** expired single-use links, throttling and rate-limit rows, used challenges: deleted this many days after their end */
  expiredRowsDays: number;
  /** a deleted person's identity is replaced this many years after the later of the deletion and their last passport's expiry */
  anonymizeYears: number;
};

export function retentionPolicy(): RetentionPolicy {
  const e = env();
  return {
    checkMonths: e.RETENTION_CHECK_MONTHS,
    emailBodyDays: e.RETENTION_EMAIL_BODY_DAYS,
    expiredRowsDays: e.RETENTION_EXPIRED_ROWS_DAYS,
    anonymizeYears: e.RETENTION_ANONYMIZE_YEARS,
  };
}

const DAY = 86_400_000;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** The same time of day, `months` calendar months earlier (UTC). */
export function monthsBefore(now: Date, months: number) {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export const yearsBefore = (now: Date, years: number) => monthsBefore(now, 12 * years);

const plural = (n: number, one: string, many: string) => `${n}\u00a0${n > 1 ? many : one}`;

/** The durations in French, as the Confidentialité page writes them. */
export function retentionWording(p: RetentionPolicy = retentionPolicy()) {
  return {
    checks: `${plural(p.checkMonths, "mois", "mois")} après le contrôle, puis supprimés (automatique, chaque nuit)`,
    emailBodies: `Contenu effacé ${plural(p.emailBodyDays, "jour", "jours")} après l'envoi (automatique) ; destinataire, objet et état conservés comme preuve d'envoi`,
    expiredRows:
      p.expiredRowsDays === 0
        ? "Supprimés dès leur expiration (automatique, chaque nuit)"
        : `Supprimés ${plural(p.expiredRowsDays, "jour", "jours")} après leur expiration (automatique, chaque nuit)`,
    sessions: `Supprimées ${plural(SESSION_KEEP_DAYS, "jour", "jours")} après leur fin (automatique)`,
    deletedPerson: `Tant que le compte existe. Après la suppression du compte, l'identité est remplacée par « Personne anonymisée » ${plural(p.anonymizeYears, "an", "ans")} après l'expiration de son dernier passeport (automatique) ; parcours, tentatives et passeports restent, anonymes, comme preuve des formations`,
    anonymizeYears: plural(p.anonymizeYears, "an", "ans"),
  };
}
