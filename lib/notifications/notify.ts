// D2: one way to tell someone something. Each recipient's choice for the category (MES
// INFORMATIONS for a person: e-mail and/or in the app) decides whether a line goes to their
// notification centre and whether an e-mail goes to the outbox; both are written in the
// caller's transaction. A company login and an administrator have no preferences screen:
// they get both (their e-mail is their login).
import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationCategory } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { EmailContent } from "@/lib/mail/render-email";

export type Channels = { accountId: string; email: string | null; byEmail: boolean; inApp: boolean };

type Prefs = {
  notifyBeforeExpiry: boolean;
  notifyNewTasks: boolean;
  notifyMessages: boolean;
  notifyBeforeExpiryInApp: boolean;
  notifyNewTasksInApp: boolean;
  notifyMessagesInApp: boolean;
};

/** A person's two choices for one category (the three pairs of MES INFORMATIONS). */
export function choiceFor(prefs: Prefs, category: NotificationCategory) {
  switch (category) {
    case "ALERT":
      return { byEmail: prefs.notifyBeforeExpiry, inApp: prefs.notifyBeforeExpiryInApp };
    case "TASK":
      return { byEmail: prefs.notifyNewTasks, inApp: prefs.notifyNewTasksInApp };
    case "MESSAGE":
      return { byEmail: prefs.notifyMessages, inApp: prefs.notifyMessagesInApp };
  }
}

export const PREFERENCE_SELECT = {
  notifyBeforeExpiry: true,
  notifyNewTasks: true,
  notifyMessages: true,
  notifyBeforeExpiryInApp: true,
  notifyNewTasksInApp: true,
  notifyMessagesInApp: true,
} as const;

/** The channels of each active account for a category. Disabled logins and deleted people get nothing. */
export async function channelsOf(tx: Tx, accountIds: string[], category: NotificationCategory): Promise<Channels[]> {
  if (!accountIds.length) return [];
  const accounts = await tx.account.findMany({
    where: { id: { in: [...new Set(accountIds)] }, disabledAt: null },
    select: { id: true, email: true, person: { select: { deletedAt: true, ...PREFERENCE_SELECT } } },
  });
  return accounts
    .filter((a) => !a.person?.deletedAt)
    .map((a) => ({ accountId: a.id, email: a.email, ...(a.person ? choiceFor(a.person, category) : { byEmail: true, inApp: true }) }));
}

export type NotificationInput = {
  category: NotificationCategory;
  kind: string;
  title: string;
  body?: string;
  /** a path of the app (the notification links to it) */
  href?: string;
  /** the targeted message it delivers (H6): its read count */
  messageId?: string;
  /** the e-mail, when the recipient wants one; its template name is the kind */
  email?: EmailContent;
};

/** Tells each recipient as they chose; returns what was written. */
export async function notify(tx: Tx, recipients: Channels[], input: NotificationInput) {
  let inApp = 0;
  let emails = 0;
  const rows = recipients.filter((r) => r.inApp);
  if (rows.length) {
    const created = await tx.notification.createMany({
      data: rows.map((r) => ({
        accountId: r.accountId,
        category: input.category,
        kind: input.kind,
        title: input.title,
        body: input.body ?? "",
        href: input.href ?? null,
        messageId: input.messageId ?? null,
      })),
    });
    inApp = created.count;
  }
  if (input.email) {
    for (const r of recipients) {
      if (!r.byEmail || !r.email) continue;
      await enqueueEmail(tx, { to: r.email, template: input.kind, ...input.email });
      emails++;
    }
  }
  return { inApp, emails };
}

/** Every administrator's channels (requests to decide). */
export async function administrators(tx: Tx, category: NotificationCategory) {
  const admins = await tx.account.findMany({ where: { isAdmin: true, disabledAt: null }, select: { id: true } });
  return channelsOf(
    tx,
    admins.map((a) => a.id),
    category,
  );
}
