// H6: targeted messages. An administrator writes a title and a Markdown body, targets roles,
// company kinds, regions and profiles, sees the number of recipients, and sends now or at a
// date. The job runner's minute tick delivers due messages in batches: each batch, in one
// transaction, claims its (message, login) rows of TargetedMessageDelivery (primary key) and
// writes the notifications and the outbox's e-mails, as each recipient chose for "Messages
// ciblés". A restart mid-way resumes where the claims stop; nobody gets a message twice.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { publicUrl } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { channelsOf, notify } from "@/lib/notifications/notify";
import { recipientAccountIds } from "@/lib/messages/recipients";
import { markdownToHtml, markdownToParagraphs } from "@/lib/messages/markdown";
import { MESSAGE_ROLES, type MessageInput, type MessageRole, type Targeting } from "@/lib/messages/message.schema";

export const DELIVERY_BATCH = 200;

/** "YYYY-MM-DDTHH:mm" on the Paris clock → the instant. */
export function parisLocalToDate(local: string) {
  const asUtc = new Date(`${local}:00Z`);
  // the Paris offset at that instant (one correction suffices outside the DST hour)
  const offset = (d: Date) => {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" })
      .formatToParts(d)
      .find((p) => p.type === "timeZoneName")!.value;
    const m = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
    return m ? Number(m[1]) * 60 + Math.sign(Number(m[1])) * Number(m[2] ?? 0) : 0;
  };
  return new Date(asUtc.getTime() - offset(new Date(asUtc.getTime() - offset(asUtc) * 60_000)) * 60_000);
}

/** The stored targeting (roles are text in the table: ones unknown to this version are ignored). */
const targetingOf = (m: Omit<Targeting, "roles"> & { roles: string[] }): Targeting => ({
  roles: m.roles.filter((r): r is MessageRole => Object.hasOwn(MESSAGE_ROLES, r)),
  companyKinds: m.companyKinds,
  regions: m.regions,
  profileIds: m.profileIds,
});

/** What the administrator sees before sending: how many logins it reaches, and the body as it will show. */
export async function previewMessage(viewer: Viewer, input: MessageInput) {
  assertAdmin(viewer);
  return { recipients: (await recipientAccountIds(targetingOf(input))).length, html: markdownToHtml(input.body) };
}

export async function createTargetedMessage(viewer: Viewer, input: MessageInput, now = new Date()) {
  assertAdmin(viewer);
  const scheduledFor = input.scheduledFor ? parisLocalToDate(input.scheduledFor) : now;
  if (scheduledFor.getTime() < now.getTime() - 60_000)
    throw new UserFacingError("Certains champs sont invalides.", { scheduledFor: "Choisissez une date à venir." });
  const recipients = (await recipientAccountIds(targetingOf(input), now)).length;
  if (!recipients) throw new UserFacingError("Ce ciblage n'atteint personne.");
  return db.$transaction(async (tx) => {
    const message = await tx.targetedMessage.create({
      data: {
        ...targetingOf(input),
        title: input.title,
        body: input.body,
        scheduledFor,
        recipientCount: recipients,
        createdById: viewer.accountId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "message.scheduled",
      targetType: "TargetedMessage",
      targetId: message.id,
      data: { title: input.title, recipients, scheduledFor: scheduledFor.toISOString() },
    });
    return { id: message.id, recipients, scheduledFor };
  });
}

export async function listTargetedMessages(viewer: Viewer) {
  assertAdmin(viewer);
  const messages = await db.targetedMessage.findMany({
    orderBy: { scheduledFor: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      status: true,
      scheduledFor: true,
      sentAt: true,
      recipientCount: true,
      roles: true,
      regions: true,
      companyKinds: true,
      profileIds: true,
    },
  });
  const ids = messages.map((m) => m.id);
  const [delivered, inApp, read] = await Promise.all([
    db.targetedMessageDelivery.groupBy({ by: ["messageId"], where: { messageId: { in: ids } }, _count: { _all: true } }),
    db.notification.groupBy({ by: ["messageId"], where: { messageId: { in: ids } }, _count: { _all: true } }),
    db.notification.groupBy({ by: ["messageId"], where: { messageId: { in: ids }, readAt: { not: null } }, _count: { _all: true } }),
  ]);
  const count = (rows: { messageId: string | null; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.messageId === id)?._count._all ?? 0;
  return messages.map((m) => ({ ...m, delivered: count(delivered, m.id), inApp: count(inApp, m.id), read: count(read, m.id) }));
}

/** The runner's tick: every due message, batch after batch. */
export async function deliverDueMessages({ now = new Date(), batch = DELIVERY_BATCH } = {}) {
  const due = await db.targetedMessage.findMany({
    where: { status: { in: ["SCHEDULED", "SENDING"] }, scheduledFor: { lte: now } },
    orderBy: { scheduledFor: "asc" },
    select: { id: true },
  });
  let delivered = 0;
  for (const { id } of due) delivered += await deliverMessage(id, { now, batch });
  return { messages: due.length, delivered };
}

export async function deliverMessage(id: string, { now = new Date(), batch = DELIVERY_BATCH } = {}) {
  const message = await db.targetedMessage.update({
    where: { id },
    data: { status: "SENDING" },
    select: { id: true, title: true, body: true, roles: true, companyKinds: true, regions: true, profileIds: true },
  });
  const all = await recipientAccountIds(targetingOf(message), now);
  const done = new Set(
    (await db.targetedMessageDelivery.findMany({ where: { messageId: id }, select: { accountId: true } })).map((d) => d.accountId),
  );
  const todo = all.filter((a) => !done.has(a));
  let delivered = 0;
  for (let i = 0; i < todo.length; i += batch) {
    delivered += await db.$transaction(async (tx) => {
      const claimed = await tx.targetedMessageDelivery.createManyAndReturn({
        data: todo.slice(i, i + batch).map((accountId) => ({ messageId: id, accountId })),
        skipDuplicates: true,
        select: { accountId: true },
      });
      if (!claimed.length) return 0;
      await notify(
        tx,
        await channelsOf(
          tx,
          claimed.map((c) => c.accountId),
          "MESSAGE",
        ),
        {
          category: "MESSAGE",
          kind: "targeted-message",
          messageId: id,
          title: message.title,
          body: message.body,
          email: {
            subject: message.title,
            paragraphs: markdownToParagraphs(message.body),
            action: { label: "Ouvrir Passeport Sécurité", url: publicUrl() },
          },
        },
      );
      return claimed.length;
    });
  }
  await db.targetedMessage.update({ where: { id }, data: { status: "SENT", sentAt: now } });
  return delivered;
}

/** The profiles an administrator can target. */
export async function messageProfiles(viewer: Viewer) {
  assertAdmin(viewer);
  return db.profile.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { id: true, name: true } });
}
