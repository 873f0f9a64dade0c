// The tasks of the job runner and their schedule. graphile-worker's cron reads UTC (its
// matcher uses getUTCHours), and Paris moves between UTC+1 and UTC+2: a "0 7 * * *" line
// would fire at 8:00 or 9:00 Paris depending on the season. So the reminders' line fires
// every hour and the task decides on the Paris clock (lib/reminders/paris-time.ts): from
// REMINDER_HOUR on, each pass sends what is due and not yet sent, which also catches up an
// hour missed while every instance was down. The database keys make the extra passes no-ops.
import "server-only";
import type { CronItem, TaskList } from "graphile-worker";
import { sendPendingPass } from "@/lib/mail/mail-worker";
import { sendExpiryReminders } from "@/lib/reminders/expiry-reminders";
import { sendWeeklyDigests } from "@/lib/reminders/weekly-digest";
import { parisClock } from "@/lib/reminders/paris-time";
import { deliverDueMessages } from "@/lib/messages/targeted-messages";
import { anonymizeDeletedPeople, purgeEmailBodies, purgeExpiredRows, purgeOldChecks } from "@/lib/retention/retention-jobs";

/** Paris hour from which the day's reminders and the week's digest (from Monday) go out. */
export const REMINDER_HOUR = 8;

/** What the hourly pass does at `now` (Paris clock): nothing before 8:00, then reminders and the week's digest. */
export async function remindersPass(now = new Date()) {
  if (parisClock(now).hour < REMINDER_HOUR) return { skipped: true as const };
  const reminders = await sendExpiryReminders({ now });
  const digests = await sendWeeklyDigests({ now });
  return { skipped: false as const, reminders: reminders.sent, digests: digests.sent };
}

export const TASKS: TaskList = {
  "mail.send-pending": async (_payload, helpers) => {
    const { more } = await sendPendingPass();
    if (more) await helpers.addJob("mail.send-pending", {}, { maxAttempts: 3 });
  },
  "messages.deliver-due": async () => {
    await deliverDueMessages();
  },
  "reminders.hourly": async (_payload, helpers) => {
    const result = await remindersPass();
    if (!result.skipped) helpers.logger.info(`rappels : ${result.reminders}, récapitulatifs : ${result.digests}`);
  },
  // issue 14 (retention): each in short batches, durations from lib/retention/retention-policy.ts
  "retention.purge-checks": async () => {
    await purgeOldChecks();
  },
  "retention.purge-email-bodies": async () => {
    await purgeEmailBodies();
  },
  "retention.purge-expired-rows": async () => {
    await purgeExpiredRows();
  },
  "retention.anonymize-deleted-people": async () => {
    await anonymizeDeletedPeople();
  },
};

export const CRON: CronItem[] = [
  // the outbox's retries (back-off) and anything written while the runner was away
  { task: "mail.send-pending", match: "* * * * *", identifier: "mail.send-pending.every-minute", options: { maxAttempts: 1 } },
  // targeted messages whose time has come, in batches (H6)
  { task: "messages.deliver-due", match: "* * * * *", identifier: "messages.deliver-due", options: { maxAttempts: 3 } },
  // back-off retries (exponential, graphile-worker's) up to 5 attempts, then visible as failed
  { task: "reminders.hourly", match: "0 * * * *", identifier: "reminders.hourly", options: { maxAttempts: 5, backfillPeriod: 0 } },
  // issue 14, retention: once a night (UTC; the hour does not matter), a few minutes apart so
  // that they do not share the two cores; a failure is retried, a missed night caught up the next
  { task: "retention.purge-expired-rows", match: "10 2 * * *", identifier: "retention.purge-expired-rows", options: { maxAttempts: 3 } },
  { task: "retention.purge-checks", match: "20 2 * * *", identifier: "retention.purge-checks", options: { maxAttempts: 3 } },
  { task: "retention.purge-email-bodies", match: "30 2 * * *", identifier: "retention.purge-email-bodies", options: { maxAttempts: 3 } },
  {
    task: "retention.anonymize-deleted-people",
    match: "40 2 * * *",
    identifier: "retention.anonymize-deleted-people",
    options: { maxAttempts: 3 },
  },
];
