// Issue 11, item 5: "E-MAILS ENVOYÉS" pages by keyset, searches recipients and subjects,
// filters by status, keeps masking single-use links whenever a delivery service is set, and
// sends a failed message again (administrators only, audited).
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { listOutbox } from "@/lib/mail/list-outbox";
import { cursorOf, outboxQuerySchema } from "@/lib/mail/outbox-query.schema";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { messageWithLink } from "@/tests/helpers/outbox";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { resendEmailAction } from "@/lib/mail/actions";

afterAll(() => db.$disconnect());

let admin: Viewer;
beforeAll(async () => {
  admin = await viewerOf(DEMO.admin);
});

async function messages(tag: string, count: number) {
  const base = Date.now() - 60_000;
  for (let i = 0; i < count; i++)
    await db.emailOutbox.create({
      data: {
        to: `dest-${tag}-${i}@example.fr`,
        subject: `Objet ${tag} n°${i}`,
        text: "Bonjour",
        html: "<p>Bonjour</p>",
        template: "test",
        status: i === 0 ? "FAILED" : "SENT",
        createdAt: new Date(base + i * 1000),
      },
    });
}

describe("the outbox page", () => {
  it("pages newest first by keyset, and finds messages by recipient, subject and status", async () => {
    const tag = uniq();
    await messages(tag, 5);
    const first = await listOutbox(admin, { q: `objet ${tag.toUpperCase()}`, take: 2 });
    expect(first.emails.map((e) => e.subject)).toEqual([`Objet ${tag} n°4`, `Objet ${tag} n°3`]);
    const second = await listOutbox(admin, outboxQuerySchema.parse({ q: `Objet ${tag}`, avant: cursorOf(first.last!) }));
    expect(second.emails.map((e) => e.subject)).toEqual([`Objet ${tag} n°2`, `Objet ${tag} n°1`, `Objet ${tag} n°0`]);
    expect(second.last).toBeNull();
    expect((await listOutbox(admin, { q: `DEST-${tag}-3@` })).emails.map((e) => e.subject)).toEqual([`Objet ${tag} n°3`]);
    expect((await listOutbox(admin, { q: tag, statut: "FAILED" })).emails.map((e) => e.subject)).toEqual([`Objet ${tag} n°0`]);
    // a forged cursor, a repeated or unknown status, are ignored rather than failing the page
    expect(outboxQuerySchema.parse({ avant: "2026-13-45T99:00:00.000Z~abc", statut: ["SENT", "FAILED"], q: 3 })).toEqual({
      q: "",
      statut: "SENT",
      avant: undefined,
    });
  });

  it("masks single-use links whenever a delivery service is set, searched or not", async () => {
    const to = `masque-${uniq()}@example.fr`;
    const token = await messageWithLink(to);
    const saved = process.env.RESEND_API_KEY;
    try {
      process.env.RESEND_API_KEY = "re_test_key";
      const page = await listOutbox(admin, { q: to });
      expect(page.emails).toHaveLength(1);
      expect(page.emails[0].text).not.toContain(token);
    } finally {
      if (saved === undefined) delete process.env.RESEND_API_KEY;
      else process.env.RESEND_API_KEY = saved;
    }
  });

  it("is refused to everyone but administrators", async () => {
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller])
      await expect(listOutbox(await viewerOf(who))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("sending a failed message again", () => {
  it("puts it back in the outbox once, audited, and is refused to every other visitor", async () => {
    const tag = uniq();
    await messages(tag, 2);
    const failed = await db.emailOutbox.findFirstOrThrow({ where: { subject: `Objet ${tag} n°0` } });
    const sent = await db.emailOutbox.findFirstOrThrow({ where: { subject: `Objet ${tag} n°1` } });
    await db.emailOutbox.update({ where: { id: failed.id }, data: { attempts: 8, lastError: "boîte pleine" } });

    const audits = await db.auditLog.count();
    const visitors: [string, Viewer | null][] = [["anonyme", null]];
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller])
      visitors.push([who, await viewerOf(who)]);
    for (const [who, viewer] of visitors) {
      current = viewer;
      const result = await resendEmailAction({ emailId: failed.id });
      expect({ who, ok: result.ok }).toEqual({ who, ok: false });
    }
    expect(await db.auditLog.count()).toBe(audits);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("FAILED");

    current = admin;
    expect(await resendEmailAction({ emailId: failed.id })).toEqual({ ok: true, data: null });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await db.auditLog.findFirst({ where: { action: "email.resent", targetId: failed.id } })).toMatchObject({
      actorAccountId: admin.accountId,
      data: { to: failed.to, attempts: 8, lastError: "boîte pleine" },
    });
    expect(await resendEmailAction({ emailId: failed.id })).toEqual({ ok: false, error: "Seul un message en échec peut être renvoyé." });
    expect(await resendEmailAction({ emailId: sent.id })).toEqual({ ok: false, error: "Seul un message en échec peut être renvoyé." });
    expect(await resendEmailAction({ emailId: "../x" })).toEqual({ ok: false, error: "Message introuvable." });
    current = null;
  });
});
