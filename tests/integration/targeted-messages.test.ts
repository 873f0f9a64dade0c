// Issue 13, item 4 (H6): targeted messages. The number shown before sending is the number of
// logins that receive it; targeting by role, company kind, region and profile; delivery in
// batches, once per recipient even with two deliveries racing; the recipients' choices; the
// read count; the schedule; Markdown rendered sanitized; administrators only.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { recipientAccountIds } from "@/lib/messages/recipients";
import {
  createTargetedMessage,
  deliverDueMessages,
  deliverMessage,
  listTargetedMessages,
  parisLocalToDate,
  previewMessage,
} from "@/lib/messages/targeted-messages";
import { markdownToHtml } from "@/lib/messages/markdown";
import type { Targeting } from "@/lib/messages/message.schema";
import { markRead } from "@/lib/notifications/notification-centre";
import { loadViewer } from "@/lib/auth/viewer";
import { DEMO, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
import { createTargetedMessageAction, previewMessageAction } from "@/lib/messages/actions";

afterAll(() => db.$disconnect());

const none: Targeting = { roles: [], companyKinds: [], regions: [], profileIds: [] };

async function person(companyId: string, profileCode: string, extra: Record<string, unknown> = {}) {
  const profile = await db.profile.findUniqueOrThrow({ where: { code: profileCode }, select: { id: true } });
  const account = await db.account.create({ data: { email: `cible-${uniq()}@example.fr` }, select: { id: true, email: true } });
  await db.person.create({
    data: { accountId: account.id, companyId, firstName: "Cy", lastName: `Cible${uniq()}`, profileId: profile.id, ...extra },
  });
  return account;
}

// a small world in Mayotte, a region no other test file uses
async function world() {
  const sub = await registeredCompany({ regions: ["MAYOTTE"] });
  const memberAccount = await db.account.create({ data: { email: `adherent-${uniq()}@example.fr` }, select: { id: true } });
  const member = await db.company.create({
    data: {
      kind: "MEMBER",
      status: "ACTIVE",
      name: `Adhérent ${uniq()}`,
      siret: newSiret(),
      regions: ["MAYOTTE", "LA_REUNION"],
      referentFirstName: "Ada",
      referentLastName: "Adhérente",
      referentEmail: `adherent-${uniq()}@example.fr`,
      accountId: memberAccount.id,
    },
    select: { id: true },
  });
  return {
    sub: sub.accountId,
    member: memberAccount.id,
    technical: await person(sub.id, "TECHNIQUE"),
    office: await person(sub.id, "ADMINISTRATIF", { notifyMessages: false }),
    controller: await person(sub.id, "ADMINISTRATIF", { roles: ["CONTROLLER"], notifyMessagesInApp: false }),
    memberWorker: await person(member.id, "TECHNIQUE"),
  };
}

describe("targeted messages (H6)", () => {
  it("targets by role, company kind, region and profile", async () => {
    const w = await world();
    const mayotte = (t: Partial<Targeting>) => recipientAccountIds({ ...none, regions: ["MAYOTTE"], ...t });
    const technique = await db.profile.findUniqueOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
    const ours = (ids: string[]) => ids.filter((id) => Object.values(w).some((a) => (typeof a === "string" ? a : a.id) === id));
    expect(ours(await mayotte({ roles: ["REFERENT"] }))).toEqual([w.sub]);
    expect(ours(await mayotte({ roles: ["MEMBER"] }))).toEqual([w.member]);
    expect(ours(await mayotte({ roles: ["CONTROLLER"] }))).toEqual([w.controller.id]);
    expect(ours(await mayotte({ roles: ["LEARNER"], profileIds: [technique.id] })).sort()).toEqual(
      [w.technical.id, w.memberWorker.id].sort(),
    );
    expect(ours(await mayotte({ roles: ["LEARNER"], companyKinds: ["MEMBER"] }))).toEqual([w.memberWorker.id]);
    // a profile leaves company logins out; no role ticked means every role
    expect(ours(await mayotte({ profileIds: [technique.id] })).sort()).toEqual([w.technical.id, w.memberWorker.id].sort());
    expect(ours(await mayotte({})).length).toBe(6);
    expect(ours(await recipientAccountIds({ ...none, regions: ["LA_REUNION"] })).sort()).toEqual([w.member, w.memberWorker.id].sort());
  });

  it("delivers to as many logins as the count said, in batches, once each, as each one chose", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const input = { ...none, regions: ["LA_REUNION" as const], title: `Info ${uniq()}`, body: "Bonjour **à tous**", scheduledFor: "" };
    const { recipients } = await previewMessage(admin, input);
    const expected = await recipientAccountIds(input);
    expect(recipients).toBe(expected.length);
    expect(expected).toEqual(expect.arrayContaining([w.member, w.memberWorker.id]));
    const { id } = await createTargetedMessage(admin, input);
    // two deliveries racing, batches of one
    await Promise.all([deliverMessage(id, { batch: 1 }), deliverMessage(id, { batch: 1 })]);
    await deliverDueMessages();
    const delivered = await db.targetedMessageDelivery.findMany({ where: { messageId: id }, select: { accountId: true } });
    expect(delivered.map((d) => d.accountId).sort()).toEqual(expected);
    expect(await db.notification.count({ where: { messageId: id } })).toBe(recipients);
    expect(await db.emailOutbox.count({ where: { template: "targeted-message", subject: input.title } })).toBe(recipients);
    const message = await db.targetedMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({ status: "SENT", recipientCount: recipients });
  });

  it("follows the choices for « Messages ciblés », counts the readers and waits for its time", async () => {
    const w = await world();
    const admin = await viewerOf(DEMO.admin);
    const title = `Rappel ${uniq()}`;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" })
      .format(tomorrow)
      .replace(" ", "T");
    const input = {
      ...none,
      regions: ["MAYOTTE" as const],
      roles: ["CONTROLLER" as const, "LEARNER" as const],
      title,
      body: "x",
      scheduledFor: local,
    };
    const created = await createTargetedMessage(admin, input);
    expect(Math.abs(created.scheduledFor.getTime() - tomorrow.getTime())).toBeLessThan(60_000);
    await deliverDueMessages();
    expect(await db.targetedMessageDelivery.count({ where: { messageId: created.id } })).toBe(0);
    await deliverDueMessages({ now: new Date(tomorrow.getTime() + 60_000) });

    const mails = (a: { email: string | null }) => db.emailOutbox.count({ where: { to: a.email!, subject: title } });
    const notes = (a: { id: string }) => db.notification.findMany({ where: { accountId: a.id, messageId: created.id } });
    expect(await mails(w.technical)).toBe(1);
    expect(await notes(w.technical)).toHaveLength(1);
    expect(await mails(w.office)).toBe(0); // e-mail refused
    expect(await notes(w.office)).toHaveLength(1);
    expect(await mails(w.controller)).toBe(1);
    expect(await notes(w.controller)).toHaveLength(0); // the app refused

    await markRead((await loadViewer(w.technical.id))!, null);
    const listed = (await listTargetedMessages(admin)).find((m) => m.id === created.id)!;
    expect(listed).toMatchObject({
      status: "SENT",
      read: 1,
      delivered: await db.targetedMessageDelivery.count({ where: { messageId: created.id } }),
      inApp: await db.notification.count({ where: { messageId: created.id } }),
    });
    expect(listed.inApp).toBeLessThan(listed.delivered); // the controller refused the app
  });

  it("renders Markdown sanitized", () => {
    const html = markdownToHtml(
      '# Titre\n\n**gras** <script>alert(1)</script> <img src=x onerror="alert(1)"> [lien](javascript:alert(1)) [site](https://unpg.fr)',
    );
    expect(html).toContain("<h2>Titre</h2>");
    expect(html).toContain("<strong>gras</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/);
    expect(html).toContain('<a href="https://unpg.fr" rel="noopener noreferrer nofollow">site</a>');
  });

  it("reads a Paris date-time in winter and in summer", () => {
    expect(parisLocalToDate("2031-01-15T09:00").toISOString()).toBe("2031-01-15T08:00:00.000Z");
    expect(parisLocalToDate("2031-07-15T09:00").toISOString()).toBe("2031-07-15T07:00:00.000Z");
  });

  it("is for administrators only", async () => {
    const input = { ...none, title: "Essai", body: "x", scheduledFor: "" };
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      const v = await viewerOf(who);
      await expect(previewMessage(v, input)).rejects.toThrow(AccessDeniedError);
      await expect(createTargetedMessage(v, input)).rejects.toThrow(AccessDeniedError);
      await expect(listTargetedMessages(v)).rejects.toThrow(AccessDeniedError);
      current = v;
      expect(await previewMessageAction(input)).toEqual({ ok: false, error: "Accès refusé." });
      expect(await createTargetedMessageAction(input)).toEqual({ ok: false, error: "Accès refusé." });
    }
    current = null;
    expect(await previewMessageAction(input)).toMatchObject({ ok: false });
    current = await viewerOf(DEMO.admin);
    expect(await createTargetedMessageAction({ ...input, title: "" })).toMatchObject({
      ok: false,
      fieldErrors: { title: expect.any(String) },
    });
  });
});
