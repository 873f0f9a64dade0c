import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { claimBatch, sendPending, backoffSeconds, MAX_ATTEMPTS, type Transport } from "@/lib/mail/send-pending";
import { uniq } from "@/tests/helpers/demo";
import { type OutgoingEmail } from "@/lib/mail/send-pending";
import { REDACTED } from "@/lib/mail/redact-links";
import { checkPasswordToken } from "@/lib/auth/password-token";
import { messageWithLink } from "@/tests/helpers/outbox";

afterAll(() => db.$disconnect());

// Outbox rows made by other tests could be claimed too: each test only looks at its own, and
// its transports refuse the others' messages (a delivered message loses its single-use links,
// which the other test files read from the outbox).
const NOT_MINE = "message d'un autre fichier de test";
const mine = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

async function enqueue(to: string, n = 1) {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueueEmail(tx, { to, template: "test", subject: `Essai ${i}`, paragraphs: ["Bonjour <b>toi</b>"] });
    }
  });
}

describe("e-mail outbox (I1)", () => {
  it("writes nothing when the transaction that causes the message fails", async () => {
    const to = `rollback-${uniq()}@example.fr`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { to, template: "test", subject: "Perdu", paragraphs: ["x"] });
        throw new Error("échec métier");
      }),
    ).rejects.toThrow("échec métier");
    expect(await mine(to)).toHaveLength(0);
  });

  it("escapes content in the HTML version", async () => {
    const to = `html-${uniq()}@example.fr`;
    await enqueue(to);
    const [row] = await mine(to);
    expect(row.html).toContain("&lt;b&gt;toi&lt;/b&gt;");
    expect(row.text).toContain("Bonjour <b>toi</b>");
  });

  it("keeps every subject on one line, whatever names users typed", async () => {
    const to = `sujet-${uniq()}@example.fr`;
    await db.$transaction((tx) =>
      enqueueEmail(tx, { to, template: "t", subject: "Identifiants de Ana\r\nBcc: pirate@example.fr\u2028DUPONT", paragraphs: ["x"] }),
    );
    const [row] = await mine(to);
    expect(row.subject).toBe("Identifiants de Ana Bcc: pirate@example.fr DUPONT");
  });

  it("keeps a message through a failing provider and sends it on a later try", async () => {
    const to = `panne-${uniq()}@example.fr`;
    await enqueue(to);
    const t0 = new Date(Date.now() + 60_000);
    const failing: Transport = async (e) => {
      throw new Error(e.to === to ? "fournisseur indisponible" : NOT_MINE);
    };
    await sendPending(failing, { now: t0, limit: 1000 });
    let [row] = await mine(to);
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("fournisseur indisponible");
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffSeconds(1) * 1000);

    // not retried before its back-off is over
    const sent: string[] = [];
    const working: Transport = async (e) => {
      if (e.to !== to) throw new Error(NOT_MINE);
      sent.push(e.to);
      return { providerId: "prov-1" };
    };
    await sendPending(working, { now: new Date(t0.getTime() + 1000), limit: 1000 });
    expect(sent).not.toContain(to);

    await sendPending(working, { now: new Date(t0.getTime() + backoffSeconds(1) * 1000 + 1), limit: 1000 });
    [row] = await mine(to);
    expect(sent).toContain(to);
    expect(row.status).toBe("SENT");
    expect(row.providerId).toBe("prov-1");
  });

  it("marks a message FAILED (kept, visible) after the last attempt", async () => {
    const to = `echec-${uniq()}@example.fr`;
    await enqueue(to);
    const [created] = await mine(to);
    await db.emailOutbox.update({ where: { id: created.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await sendPending(
      async (e) => {
        throw new Error(e.to === to ? "refusé" : NOT_MINE);
      },
      { now: new Date(Date.now() + 3600_000), limit: 1000 },
    );
    const [row] = await mine(to);
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
  });

  it("never gives the same message to two concurrent senders", async () => {
    const to = `concurrence-${uniq()}@example.fr`;
    await enqueue(to, 6);
    // the oldest in the outbox, so that the three senders' 12 places go to these first
    await db.emailOutbox.updateMany({ where: { to }, data: { createdAt: new Date("2000-01-01T00:00:00Z") } });
    const now = new Date(Date.now() + 2 * 3600_000);
    const [a, b, c] = await Promise.all([claimBatch(4, now), claimBatch(4, now), claimBatch(4, now)]);
    const ids = [...a, ...b, ...c].filter((e) => e.to === to).map((e) => e.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  // issue 17, item 7: no usable secret at rest
  it("delivers single-use links whole, then erases them from the stored copy", async () => {
    const to = `secret-${uniq()}@example.fr`;
    const token = await messageWithLink(to);
    const delivered: OutgoingEmail[] = [];
    await sendPending(
      async (email) => {
        if (email.to !== to) throw new Error(NOT_MINE);
        delivered.push(email);
        return { providerId: "p" };
      },
      { limit: 100_000 },
    );
    expect(delivered.find((e) => e.to === to)?.text).toContain(token);
    const stored = await db.emailOutbox.findFirstOrThrow({ where: { to } });
    expect(stored.status).toBe("SENT");
    expect(stored.text).not.toContain(token);
    expect(stored.html).not.toContain(token);
    expect(stored.text).toContain(`/definir-mot-de-passe/${REDACTED}`);
    // the link itself still works for its recipient: only the stored copy lost it
    expect((await checkPasswordToken(token)).ok).toBe(true);
  });
});
