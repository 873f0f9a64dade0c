// Issue 13, item 3 (D2): the notification centre (bell count, list, marking read, only one's
// own lines), its action refused without a session, and the new-task notifications: trainer
// (participants waiting), administrators (accreditation and member requests).
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { listNotifications, markRead, unreadCount } from "@/lib/notifications/notification-centre";
import { channelsOf, notify } from "@/lib/notifications/notify";
import { requestAccreditation } from "@/lib/people/trainer-accreditation";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { playWholeSession } from "@/tests/helpers/sessions";
import { blockedWorker } from "@/tests/helpers/blocked-worker";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { markNotificationReadAction } from "@/lib/notifications/actions";
import { updateReminderSettingsAction } from "@/lib/reminders/actions";
import { retryJobAction } from "@/lib/jobs/actions";

afterAll(() => db.$disconnect());

async function tell(accountId: string, title: string) {
  await db.$transaction(async (tx) =>
    notify(tx, await channelsOf(tx, [accountId], "TASK"), { category: "TASK", kind: "test", title, href: "/espace" }),
  );
}

describe("notification centre (D2)", () => {
  it("counts, lists newest first and marks read only the viewer's own lines", async () => {
    const a = await blockedWorker();
    const b = await blockedWorker();
    const va = (await db.account.findUniqueOrThrow({ where: { id: a.accountId }, select: { id: true } })).id;
    const viewerA = { ...(await viewerOf(DEMO.learnerWithEmail)), accountId: va } as Viewer;
    const viewerB = { ...(await viewerOf(DEMO.learnerWithEmail)), accountId: b.accountId } as Viewer;
    await tell(a.accountId, "Première");
    await tell(a.accountId, "Seconde");
    await tell(b.accountId, "Pour B");
    expect(await unreadCount(viewerA)).toBe(2);
    const { rows } = await listNotifications(viewerA);
    expect(rows.map((r) => r.title)).toEqual(["Seconde", "Première"]);
    const bRow = (await listNotifications(viewerB)).rows[0];
    // A cannot mark B's line
    expect(await markRead(viewerA, bRow.id)).toBe(0);
    expect(await unreadCount(viewerB)).toBe(1);
    expect(await markRead(viewerA, rows[0].id)).toBe(1);
    expect(await unreadCount(viewerA)).toBe(1);
    expect(await markRead(viewerA, null)).toBe(1);
    expect(await unreadCount(viewerA)).toBe(0);
    await expect(unreadCount(null as never)).rejects.toThrow(AccessDeniedError);
  });

  it("writes nothing in the app for a person who chose e-mail only, and no e-mail for one who chose the app only", async () => {
    const w = await blockedWorker();
    const tellWithMail = () =>
      db.$transaction(async (tx) =>
        notify(tx, await channelsOf(tx, [w.accountId], "TASK"), {
          category: "TASK",
          kind: "test-choix",
          title: "Essai",
          email: { subject: "Essai de choix", paragraphs: ["x"] },
        }),
      );
    await db.person.update({ where: { id: w.id }, data: { notifyNewTasksInApp: false } });
    await tellWithMail();
    expect(await db.notification.count({ where: { accountId: w.accountId } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { to: w.email!, template: "test-choix" } })).toBe(1);
    await db.person.update({ where: { id: w.id }, data: { notifyNewTasksInApp: true, notifyNewTasks: false } });
    await tellWithMail();
    expect(await db.notification.count({ where: { accountId: w.accountId } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: w.email!, template: "test-choix" } })).toBe(1);
  });

  it("refuses its action without a session, and the admin actions to every other role", async () => {
    current = null;
    expect(await markNotificationReadAction({ id: null })).toMatchObject({ ok: false });
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      current = await viewerOf(who);
      expect(await markNotificationReadAction({ id: null })).toMatchObject({ ok: true });
      expect(await updateReminderSettingsAction({ thresholdDays: [1] })).toEqual({ ok: false, error: "Accès refusé." });
      expect(await retryJobAction({ jobId: "1" })).toEqual({ ok: false, error: "Accès refusé." });
    }
    current = null;
    expect(await updateReminderSettingsAction({ thresholdDays: [1] })).toMatchObject({ ok: false });
    current = await viewerOf(DEMO.admin);
    expect(await updateReminderSettingsAction({ thresholdDays: [0] })).toMatchObject({
      ok: false,
      fieldErrors: { "thresholdDays.0": "Au moins 1 jour." },
    });
  });
});

describe("new-task notifications (D2)", () => {
  it("tells the trainer when a session's participants wait for a decision", async () => {
    const trainer = await viewerOf(DEMO.trainer);
    const { sessionId } = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "TECHNIQUE",
        participants: [1, 2].map((i) => ({ lastName: `Attente${i}${uniq()}`, firstName: "Tom", companyName: `Attente ${uniq()}` })),
      }),
    );
    await playWholeSession(trainer, sessionId);
    await playWholeSession(trainer, sessionId); // the end screen again: no second notification
    const { number } = await db.awarenessSession.findUniqueOrThrow({ where: { id: sessionId }, select: { number: true } });
    const notes = await db.notification.findMany({ where: { accountId: trainer.accountId, title: { contains: `n° ${number} :` } } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      category: "TASK",
      title: `Sensibilisation n° ${number} : 2 participants attendent ta décision`,
      href: "/formateur/validation",
    });
  });

  it("tells every administrator of a trainer accreditation request, in the app and by e-mail", async () => {
    const w = await blockedWorker();
    const referent = await viewerOf(DEMO.referent);
    await db.$transaction((tx) => requestAccreditation(tx, { personId: w.id, requestedById: referent.accountId, companyId: w.companyId }));
    const admin = await viewerOf(DEMO.admin);
    const note = await db.notification.findFirst({
      where: { accountId: admin.accountId, kind: "accreditation-requested-admin", title: { contains: w.who } },
    });
    expect(note).toMatchObject({ category: "TASK", href: "/admin/habilitations" });
    expect(
      await db.emailOutbox.count({ where: { to: DEMO.admin, template: "accreditation-requested-admin", subject: { contains: w.who } } }),
    ).toBe(1);
  });
});
