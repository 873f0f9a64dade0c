// Issue 17, item 11: every forged, altered or unknown token or number checked is logged
// ("Falsifié" / "Inconnu") with the address, and administrators — only they — see it.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { signPassportToken } from "@/lib/passports/verification-token";
import { listSuspiciousChecks } from "@/lib/passports/suspicious-checks";
import { DEMO, passportIdOf, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

describe("suspicious checks", () => {
  it("logs a forged QR token as Falsifié and an unknown number as Inconnu, with the address", async () => {
    const controller = await viewerOf(DEMO.controller);
    const token = signPassportToken(await passportIdOf("PS-2026-7K4M9Q"));
    const altered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    expect(await checkAtGate(controller, `https://passeport.example.fr/verification/${altered}`, new Date(), address)).toEqual({
      result: "FORGED",
    });
    const unknown = `PS-2026-Z${uniq().slice(-5).toUpperCase()}`;
    expect((await checkAtGate(controller, unknown, new Date(), address)).result).toBe("UNKNOWN");

    const rows = await db.passportCheck.findMany({ where: { address }, orderBy: { checkedAt: "asc" } });
    expect(rows.map((r) => [r.result, r.channel, r.checkedById])).toEqual([
      ["FORGED", "CONTROL", controller.person!.id],
      ["UNKNOWN", "CONTROL", controller.person!.id],
    ]);
    expect(rows[0].queriedNumber).toBe(altered.slice(0, 64));
    expect(rows[1].queriedNumber).toBe(unknown);

    const seen = await listSuspiciousChecks(await viewerOf(DEMO.admin), { take: 1000 });
    expect(
      seen.rows
        .filter((r) => r.address === address)
        .map((r) => r.result)
        .sort(),
    ).toEqual(["FORGED", "UNKNOWN"]);
    expect(seen.forgedThisWeek).toBeGreaterThan(0);
  });

  it("keeps no address for a check that found its passport", async () => {
    const controller = await viewerOf(DEMO.controller);
    const address = "198.51.100.7";
    expect((await checkAtGate(controller, "PS-2026-7K4M9Q", new Date(), address)).result).toBe("VALID");
    const last = await db.passportCheck.findFirstOrThrow({ where: { checkedById: controller.person!.id }, orderBy: { checkedAt: "desc" } });
    expect(last.address).toBeNull();
  });

  it("is shown to administrators only", async () => {
    for (const who of [DEMO.controller, DEMO.trainer, DEMO.referent, DEMO.member, DEMO.learnerWithEmail]) {
      await expect(listSuspiciousChecks(await viewerOf(who))).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
