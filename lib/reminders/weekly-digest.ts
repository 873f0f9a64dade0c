// D6: the referent's weekly digest: one message per company and Paris week listing its people
// whose passport expires within 90 days (not one e-mail per person). The (company, week) row
// of ReminderDigest, written in the transaction of the notification and the e-mail, makes it
// once a week whatever the number of workers or restarts.
import "server-only";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { channelsOf, notify } from "@/lib/notifications/notify";
import { parisDaysBetween, parisWeekOf } from "@/lib/reminders/paris-time";

export const DIGEST_WINDOW_DAYS = 90;

export type DigestLine = { firstName: string; lastName: string; number: string; expiresAt: Date };

/** Each active company's people (current employees) whose latest valid passport expires within the window. */
export async function digestLines(now: Date, companyId?: string) {
  const until = new Date(now.getTime() + DIGEST_WINDOW_DAYS * 86_400_000);
  const rows = await db.passport.findMany({
    where: {
      status: "ACTIVE",
      expiresAt: { gt: now, lte: until },
      person: {
        deletedAt: null,
        company: { status: "ACTIVE", accountId: { not: null }, ...(companyId ? { id: companyId } : {}) },
        // a renewed passport replaces this one
        passports: { none: { status: "ACTIVE", expiresAt: { gt: until } } },
      },
    },
    orderBy: [{ expiresAt: "asc" }, { number: "asc" }],
    select: {
      number: true,
      expiresAt: true,
      personId: true,
      person: {
        select: { firstName: true, lastName: true, companyId: true, company: { select: { accountId: true, name: true, kind: true } } },
      },
    },
  });
  const byCompany = new Map<string, { accountId: string; name: string; home: string; lines: DigestLine[] }>();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.personId)) continue; // the earliest of a person's passports in the window only
    seen.add(r.personId);
    const c = r.person.company;
    const entry = byCompany.get(r.person.companyId) ?? {
      accountId: c.accountId!,
      name: c.name,
      home: c.kind === "MEMBER" ? "/adherent" : "/entreprise",
      lines: [],
    };
    entry.lines.push({ firstName: r.person.firstName, lastName: r.person.lastName, number: r.number, expiresAt: r.expiresAt });
    byCompany.set(r.person.companyId, entry);
  }
  return byCompany;
}

export async function sendWeeklyDigests({ now = new Date() }: { now?: Date } = {}) {
  const week = new Date(`${parisWeekOf(now)}T00:00:00Z`);
  const companies = await digestLines(now);
  let sent = 0;
  for (const [companyId, company] of companies) {
    const wrote = await db.$transaction(async (tx) => {
      const claimed = await tx.reminderDigest.createManyAndReturn({
        data: [{ companyId, week, passports: company.lines.length }],
        skipDuplicates: true,
        select: { companyId: true },
      });
      if (!claimed.length) return false;
      const lines = company.lines.map(
        (l) =>
          `${l.lastName.toUpperCase()} ${l.firstName} — passeport n° ${l.number}, expire le ${formatDate(l.expiresAt)} (dans ${parisDaysBetween(now, l.expiresAt)} jours)`,
      );
      const n = company.lines.length;
      const title =
        n === 1 ? "1 passeport de vos salariés expire dans les 90 jours" : `${n} passeports de vos salariés expirent dans les 90 jours`;
      await notify(tx, await channelsOf(tx, [company.accountId], "ALERT"), {
        category: "ALERT",
        kind: "passport.digest",
        title,
        body: lines.join("\n"),
        href: `${company.home}/salaries`,
        email: {
          subject: `Passeports à renouveler : ${title}`,
          paragraphs: [
            `Bonjour,`,
            `Voici les salariés de ${company.name} dont le passeport sécurité expire dans les 90 jours :`,
            ...lines,
            "Le jour de l'échéance, leur parcours de renouvellement s'ouvre dans leur espace. Ce récapitulatif vous est envoyé une fois par semaine.",
          ],
          action: { label: "Voir la liste des salariés", url: `${publicUrl()}${company.home}/salaries` },
        },
      });
      return true;
    });
    if (wrote) sent++;
  }
  return { sent };
}
