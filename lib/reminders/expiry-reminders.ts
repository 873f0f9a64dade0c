// D6: the expiry reminders. For each valid passport (the holder's latest) whose Paris
// calendar days left reach a threshold, one transaction claims the (passport, threshold) row
// of PassportReminder and writes the worker's notification and e-mail (outbox). The primary
// key makes a second claim impossible: three workers racing on the same passport wait for
// each other on the row and two of them find it taken; a worker that dies before committing
// leaves nothing (the next pass sends it), one that dies after has left the e-mail in the
// outbox, whose sender delivers it once (lib/mail/send-pending.ts). Thresholds crossed while
// nothing ran (a passport issued 20 days before its end) are claimed together, with one
// message: the most urgent.
import "server-only";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { channelsOf, notify } from "@/lib/notifications/notify";
import { reminderThresholds } from "@/lib/reminders/reminder-settings";
import { parisDaysBetween } from "@/lib/reminders/paris-time";

type Candidate = {
  id: string;
  number: string;
  expiresAt: Date;
  accountId: string;
  linkedAccountId: string | null;
  firstName: string;
};

/** Active passports expiring within `days` that no later active passport of their holder replaces. */
async function candidates(now: Date, days: number) {
  const until = new Date(now.getTime() + (days + 1) * 86_400_000);
  return db.$queryRaw<Candidate[]>`
    SELECT p."id", p."number", p."expiresAt", per."accountId", c."accountId" AS "linkedAccountId", per."firstName"
    FROM "Passport" p
    JOIN "Person" per ON per."id" = p."personId" AND per."deletedAt" IS NULL
    LEFT JOIN "SpaceLink" l ON l."personId" = per."id"
    LEFT JOIN "Company" c ON c."id" = l."companyId"
    WHERE p."status" = 'ACTIVE' AND p."expiresAt" > ${now} AND p."expiresAt" <= ${until}
      AND NOT EXISTS (SELECT 1 FROM "Passport" q
        WHERE q."personId" = p."personId" AND q."status" = 'ACTIVE' AND q."expiresAt" > p."expiresAt")
    ORDER BY p."expiresAt"`;
}

export type ReminderRunOptions = {
  now?: Date;
  /** tests: runs between the claim and the commit (a throw there is a crash before commit) */
  afterClaim?: (passportId: string) => Promise<void>;
};

export async function sendExpiryReminders({ now = new Date(), afterClaim }: ReminderRunOptions = {}) {
  const thresholds = await reminderThresholds();
  if (!thresholds.length) return { sent: 0 };
  const list = await candidates(now, thresholds[0]);
  const done = await db.passportReminder.findMany({
    where: { passportId: { in: list.map((p) => p.id) } },
    select: { passportId: true, thresholdDays: true },
  });
  const taken = new Set(done.map((r) => `${r.passportId}:${r.thresholdDays}`));
  let sent = 0;
  for (const passport of list) {
    const daysLeft = parisDaysBetween(now, passport.expiresAt);
    const due = thresholds.filter((t) => daysLeft <= t && !taken.has(`${passport.id}:${t}`));
    if (!due.length) continue;
    if (await remind(passport, due, daysLeft, afterClaim)) sent++;
  }
  return { sent };
}

async function remind(passport: Candidate, due: number[], daysLeft: number, afterClaim?: ReminderRunOptions["afterClaim"]) {
  return db.$transaction(async (tx) => {
    // the claim: a row per threshold, or nothing when another worker has it
    const claimed = await tx.passportReminder.createManyAndReturn({
      data: due.map((thresholdDays) => ({ passportId: passport.id, thresholdDays })),
      skipDuplicates: true,
      select: { thresholdDays: true },
    });
    if (!claimed.length) return false;
    await afterClaim?.(passport.id);
    const date = formatDate(passport.expiresAt);
    const when = daysLeft <= 1 ? "demain" : `dans ${daysLeft} jours`;
    // a referent whose spaces are linked logs in with the company login (C1)
    const recipients = await channelsOf(tx, [passport.linkedAccountId ?? passport.accountId], "ALERT");
    await notify(tx, recipients, {
      category: "ALERT",
      kind: "passport.expiry",
      title: `Ton passeport ${passport.number} expire ${when}`,
      body: `Il expire le ${date}. Ton parcours de renouvellement s'ouvrira ce jour-là dans « Valider mon parcours ».`,
      href: "/espace/passeports",
      email: {
        subject: `Ton passeport sécurité expire ${when}`,
        paragraphs: [
          `Bonjour ${passport.firstName},`,
          `Ton passeport sécurité n° ${passport.number} expire le ${date}.`,
          "Le jour de l'échéance, ton parcours de renouvellement s'ouvre dans ton espace, rubrique « Valider mon parcours ». Sans passeport valide, l'accès aux sites te sera refusé.",
        ],
        action: { label: "Ouvrir mon espace", url: `${publicUrl()}/espace` },
      },
    });
    return true;
  });
}
