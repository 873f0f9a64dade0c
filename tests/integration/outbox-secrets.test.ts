// Issue 17, item 7: no usable secret at rest. The admin page masks links whenever a delivery
// service is configured (the erasure after delivery is tested in outbox.test.ts, whose
// senders must not run at the same time as another file's).
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/mail/list-outbox";
import { redactLinks, REDACTED } from "@/lib/mail/redact-links";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { messageWithLink } from "@/tests/helpers/outbox";

afterAll(() => db.$disconnect());

describe("single-use links in the outbox", () => {
  it("are masked on the admin page when a delivery service is set, shown in the quick start", async () => {
    const to = `page-${uniq()}@example.fr`;
    const token = await messageWithLink(to);
    const admin = await viewerOf(DEMO.admin);
    const saved = process.env.RESEND_API_KEY;
    try {
      process.env.RESEND_API_KEY = "re_test_key";
      const masked = await listOutbox(admin, { take: 500 });
      expect(masked.linksMasked).toBe(true);
      expect(masked.emails.find((e) => e.to === to)?.text).not.toContain(token);
      delete process.env.RESEND_API_KEY;
      const quickStart = await listOutbox(admin, { take: 500 });
      expect(quickStart.linksMasked).toBe(false);
      expect(quickStart.emails.find((e) => e.to === to)?.text).toContain(token);
    } finally {
      if (saved === undefined) delete process.env.RESEND_API_KEY;
      else process.env.RESEND_API_KEY = saved;
    }
  });
});

describe("redactLinks", () => {
  it("masks tokens in URLs and nothing else", () => {
    const token = "Q2hhbmdlTWVJbk5vd0hlcmVfX19fX19fX19fX19fX18";
    const text = `Choisir : https://passeport.example.fr/definir-mot-de-passe/${token}\nAide : https://passeport.example.fr/aide\nn° PS-2026-7K4M9Q`;
    const out = redactLinks(text);
    expect(out).toContain(`https://passeport.example.fr/definir-mot-de-passe/${REDACTED}`);
    expect(out).toContain("https://passeport.example.fr/aide");
    expect(out).toContain("PS-2026-7K4M9Q");
    expect(out).not.toContain(token);
    expect(redactLinks(`<a href="http://h/relais/${token}">x</a>`)).toBe(`<a href="http://h/relais/${REDACTED}">x</a>`);
  });
});
