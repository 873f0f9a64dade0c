// Issue 13, item 2 (D6): expiry reminders exactly once per passport and threshold (three
// runners racing, a crash between the claim and the commit, a restart after it), the
// recipients' choices, and the referent's weekly digest.
import { db } from "@/lib/db";
import { sendExpiryReminders } from "@/lib/reminders/expiry-reminders";
import { sendWeeklyDigests } from "@/lib/reminders/weekly-digest";
import { getReminderSettings, updateReminderSettings, reminderThresholds } from "@/lib/reminders/reminder-settings";
import { sendPending, type Transport } from "@/lib/mail/send-pending";
import { remindersPass } from "@/lib/jobs/tasks";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";
import { companyWithHolders, holderWithPassport } from "@/tests/helpers/expiring";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { renewalNotice } from "@/lib/passports/renewal";
import { loadViewer } from "@/lib/auth/viewer";

afterAll(() => db.$disconnect());

const DAY = 86_400_000;
// 10:00 Paris on a Wednesday, in the future so that other files' passports do not interfere
const NOW = new Date("2031-03-12T09:00:00Z");

const mails = (to: string | null) => db.emailOutbox.findMany({ where: { to: to! }, orderBy: { createdAt: "asc" } });
const notes = (accountId: string) => db.notification.findMany({ where: { accountId }, orderBy: { createdAt: "asc" } });
const claims = (passportId: string) =>
  db.passportReminder.findMany({ where: { passportId }, orderBy: { thresholdDays: "desc" }, select: { thresholdDays: true } });

describe("expiry reminders (D6)", () => {
  it("sends one reminder per passport and threshold, with three runners racing", async () => {
    const { company } = await companyWithHolders([], NOW);
    const h = await holderWithPassport(company.id, { days: 25 }, NOW);
    // each runner waits after its claim, so that the others meet the claimed row
    const slow = async () => new Promise<void>((r) => setTimeout(r, 150));
    await Promise.all([1, 2, 3].map(() => sendExpiryReminders({ now: NOW, afterClaim: slow })));
    // 25 days left: 90 and 30 are both reached, one message (the most urgent) claims both
    expect(await claims(h.passport.id)).toEqual([{ thresholdDays: 90 }, { thresholdDays: 30 }]);
    const sent = await mails(h.email);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe("Ton passeport sécurité expire dans 25 jours");
    expect(sent[0].text).toContain(h.passport.number);
    const inApp = await notes(h.accountId);
    expect(inApp).toHaveLength(1);
    expect(inApp[0]).toMatchObject({ category: "ALERT", href: "/espace/passeports", readAt: null });

    // the next threshold (7 days), once, however many passes run
    const later = new Date(NOW.getTime() + 19 * DAY);
    for (let i = 0; i < 3; i++) await sendExpiryReminders({ now: later });
    expect(await claims(h.passport.id)).toEqual([{ thresholdDays: 90 }, { thresholdDays: 30 }, { thresholdDays: 7 }]);
    expect((await mails(h.email)).map((m) => m.subject)).toEqual([
      "Ton passeport sécurité expire dans 25 jours",
      "Ton passeport sécurité expire dans 6 jours",
    ]);
  });

  it("a crash between the claim and the commit leaves nothing; the next pass sends it once", async () => {
    const { company } = await companyWithHolders([], NOW);
    const h = await holderWithPassport(company.id, { days: 60 }, NOW);
    await sendExpiryReminders({
      now: NOW,
      afterClaim: async (id) => {
        if (id === h.passport.id) throw new Error("arrêt brutal de l'instance");
      },
    }).catch((e: Error) => expect(e.message).toBe("arrêt brutal de l'instance"));
    expect(await claims(h.passport.id)).toEqual([]);
    expect(await mails(h.email)).toHaveLength(0);
    expect(await notes(h.accountId)).toHaveLength(0);

    // restarted: the pass sends it; a restart after the commit sends nothing more
    await sendExpiryReminders({ now: NOW });
    await sendExpiryReminders({ now: NOW });
    expect(await claims(h.passport.id)).toEqual([{ thresholdDays: 90 }]);
    expect(await mails(h.email)).toHaveLength(1);
    expect(await notes(h.accountId)).toHaveLength(1);

    // and the outbox delivers it once, even when two senders pass
    const delivered: string[] = [];
    const transport: Transport = async (e) => {
      if (e.to !== h.email) throw new Error("message d'un autre fichier de test");
      delivered.push(e.subject);
      return {};
    };
    await Promise.all([sendPending(transport, { limit: 500 }), sendPending(transport, { limit: 500 })]);
    await sendPending(transport, { limit: 500 });
    expect(delivered).toEqual(["Ton passeport sécurité expire dans 60 jours"]);
  });

  it("follows each holder's choices: e-mail, in the app, both or neither; no e-mail without an address", async () => {
    const { company } = await companyWithHolders([], NOW);
    const noMail = await holderWithPassport(company.id, { days: 20, prefs: { notifyBeforeExpiry: false } }, NOW);
    const noApp = await holderWithPassport(company.id, { days: 20, prefs: { notifyBeforeExpiryInApp: false } }, NOW);
    const noAddress = await holderWithPassport(company.id, { days: 20, email: false }, NOW);
    // choosing no other category changes nothing for the alerts
    const otherCategories = await holderWithPassport(
      company.id,
      { days: 20, prefs: { notifyNewTasks: false, notifyMessages: false, notifyNewTasksInApp: false, notifyMessagesInApp: false } },
      NOW,
    );
    await sendExpiryReminders({ now: NOW });
    expect(await mails(noMail.email)).toHaveLength(0);
    expect(await notes(noMail.accountId)).toHaveLength(1);
    expect(await mails(noApp.email)).toHaveLength(1);
    expect(await notes(noApp.accountId)).toHaveLength(0);
    expect(await notes(noAddress.accountId)).toHaveLength(1);
    expect(await mails(otherCategories.email)).toHaveLength(1);
    expect(await notes(otherCategories.accountId)).toHaveLength(1);
    // each still claimed once
    for (const h of [noMail, noApp, noAddress]) expect(await claims(h.passport.id)).toEqual([{ thresholdDays: 90 }, { thresholdDays: 30 }]);
  });

  it("leaves alone revoked, expired, far and renewed passports, and deleted holders", async () => {
    const { company } = await companyWithHolders([], NOW);
    const revoked = await holderWithPassport(company.id, { days: 10 }, NOW);
    await db.passport.update({ where: { id: revoked.passport.id }, data: { status: "REVOKED" } });
    const expired = await holderWithPassport(company.id, { days: -1 }, NOW);
    const far = await holderWithPassport(company.id, { days: 200 }, NOW);
    const deleted = await holderWithPassport(company.id, { days: 10 }, NOW);
    await db.person.update({ where: { id: deleted.personId }, data: { deletedAt: NOW } });
    const renewed = await holderWithPassport(company.id, { days: 10 }, NOW);
    await db.passport.create({
      data: {
        number: `${renewed.passport.number}-R`,
        personId: renewed.personId,
        profileId: (await db.profile.findFirstOrThrow({ select: { id: true } })).id,
        companyId: company.id,
        issuedAt: NOW,
        expiresAt: new Date(NOW.getTime() + 1000 * DAY),
        issuedVia: "ONLINE",
      },
    });
    await sendExpiryReminders({ now: NOW });
    for (const h of [revoked, expired, far, deleted, renewed]) {
      expect(await claims(h.passport.id)).toEqual([]);
      expect(await mails(h.email)).toHaveLength(0);
    }
  });

  it("uses the thresholds set by administrators, who alone may change them", async () => {
    const admin = await viewerOf(DEMO.admin);
    const before = await getReminderSettings(admin);
    expect(before.thresholdDays).toEqual([90, 30, 7]);
    await expect(getReminderSettings(await viewerOf(DEMO.referent))).rejects.toThrow(AccessDeniedError);
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller])
      await expect(updateReminderSettings(await viewerOf(who), { thresholdDays: [5] })).rejects.toThrow(AccessDeniedError);
    try {
      await updateReminderSettings(admin, { thresholdDays: [14, 45, 14] });
      expect(await reminderThresholds()).toEqual([45, 14]);
      const { company } = await companyWithHolders([], NOW);
      const h = await holderWithPassport(company.id, { days: 40 }, NOW);
      await sendExpiryReminders({ now: NOW });
      expect(await claims(h.passport.id)).toEqual([{ thresholdDays: 45 }]);
      const audit = await db.auditLog.findFirst({
        where: { action: "reminders.thresholds", actorAccountId: admin.accountId },
        orderBy: { at: "desc" },
      });
      expect(audit?.data).toEqual({ thresholdDays: [45, 14] });
    } finally {
      await updateReminderSettings(admin, before);
    }
  });

  it("waits for 8:00 Paris time, in winter and in summer", async () => {
    // 06:30 UTC is 7:30 in winter (UTC+1) and 8:30 in summer (UTC+2)
    expect(await remindersPass(new Date("2031-01-15T06:30:00Z"))).toEqual({ skipped: true });
    expect((await remindersPass(new Date("2031-07-16T06:30:00Z"))).skipped).toBe(false);
    expect((await remindersPass(new Date("2031-01-15T07:00:00Z"))).skipped).toBe(false);
  });
});

describe("the referent's weekly digest (D6)", () => {
  it("lists once a week the company's people whose passport expires within 90 days", async () => {
    const company = await registeredCompany();
    const soon = await holderWithPassport(company.id, { days: 10 }, NOW);
    const later = await holderWithPassport(company.id, { days: 80 }, NOW);
    const far = await holderWithPassport(company.id, { days: 120 }, NOW);
    const gone = await holderWithPassport(company.id, { days: 20 }, NOW);
    await db.person.update({ where: { id: gone.personId }, data: { deletedAt: NOW } });
    const other = await registeredCompany();
    const stranger = await holderWithPassport(other.id, { days: 15 }, NOW);

    await Promise.all([1, 2, 3].map(() => sendWeeklyDigests({ now: NOW })));
    await sendWeeklyDigests({ now: new Date(NOW.getTime() + 3 * DAY) }); // the same week (Saturday)

    const digest = await mails(company.email);
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe("Passeports à renouveler\u202f: 2 passeports de vos salariés expirent dans les 90 jours");
    const text = digest[0].text;
    expect(text.indexOf(soon.lastName.toUpperCase())).toBeGreaterThan(-1);
    expect(text.indexOf(later.lastName.toUpperCase())).toBeGreaterThan(text.indexOf(soon.lastName.toUpperCase()));
    expect(text).toContain(`passeport n° ${soon.passport.number}`);
    expect(text).toContain("(dans 10 jours)");
    for (const absent of [far, gone, stranger]) expect(text).not.toContain(absent.lastName.toUpperCase());
    // one e-mail per company, never one per person
    expect(await mails(soon.email)).toHaveLength(0);
    const inApp = await notes(company.accountId);
    expect(inApp).toHaveLength(1);
    expect(inApp[0]).toMatchObject({ category: "ALERT", kind: "passport.digest", href: "/entreprise/salaries" });
    expect((await mails(other.email))[0].text).toContain(stranger.lastName.toUpperCase());

    // the next Monday, a new digest
    await sendWeeklyDigests({ now: new Date(NOW.getTime() + 5 * DAY) });
    expect(await mails(company.email)).toHaveLength(2);
    expect(await db.reminderDigest.count({ where: { companyId: company.id } })).toBe(2);
  });
});

describe("the expiry day (D6)", () => {
  it("opens the renewal path on the expiry day, and the dashboard says so", async () => {
    const { company } = await companyWithHolders([], NOW);
    // expires at 13:00 Paris, the same day as NOW (10:00 Paris)
    const h = await holderWithPassport(company.id, { days: 3 / 24 }, NOW);
    const profileId = (await db.person.findUniqueOrThrow({ where: { id: h.personId }, select: { profileId: true } })).profileId!;
    const done = await db.learningPath.create({
      data: { personId: h.personId, profileId, completedAt: new Date(NOW.getTime() - 1000 * DAY), passportId: h.passport.id },
      select: { id: true },
    });
    const viewer = (await loadViewer(h.accountId))!;

    const dayBefore = new Date(NOW.getTime() - DAY);
    expect(await db.$transaction((tx) => ensureCurrentPath(tx, h.personId, dayBefore))).toBe(done.id);
    expect(await renewalNotice(viewer, dayBefore)).toMatchObject({ kind: "SOON", daysLeft: 1 });

    const renewal = await db.$transaction((tx) => ensureCurrentPath(tx, h.personId, NOW));
    expect(renewal).not.toBe(done.id);
    expect(await renewalNotice(viewer, NOW)).toMatchObject({ kind: "OPEN", daysLeft: 0, number: h.passport.number });
    await expect(renewalNotice(await viewerOf(DEMO.admin), NOW)).rejects.toThrow(AccessDeniedError);
  });
});
