import { db } from "@/lib/db";
import { checkAtGate, parseGateInput } from "@/lib/passports/check-at-gate";
import { signPassportToken } from "@/lib/passports/verification-token";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, ownPassport, passportIdOf, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

describe("CONTRÔLER UN PASSEPORT (F2)", () => {
  it("reads a number, a token or a whole QR URL", () => {
    expect(parseGateInput(" ps-2026-7k4m9q ")).toEqual({ number: "PS-2026-7K4M9Q" });
    expect(parseGateInput("https://x.fr/verification/abc.def?x=1")).toEqual({ token: "abc.def" });
  });

  it("answers a controller by number and by QR, and logs who checked", async () => {
    const controller = await viewerOf(DEMO.controller);
    const id = await passportIdOf("PS-2026-7K4M9Q");
    const byNumber = await checkAtGate(controller, "PS-2026-7K4M9Q");
    expect(byNumber).toMatchObject({ result: "VALID", companyName: "Carrières Services Transports", profileName: "Salarié technique" });
    const byQr = await checkAtGate(
      controller,
      await passportVerificationUrl({
        number: "PS-2026-7K4M9Q",
        lastName: "Dupont",
        firstName: "Jean",
        companyName: "Carrières Services Transports",
        profileName: "Salarié technique",
        expiresAt: new Date("2030-01-01"),
      }),
    );
    expect(byQr.result).toBe("VALID");
    // a passport printed before issue 18 (HMAC token) still checks
    expect((await checkAtGate(controller, `https://x.fr/verification/${signPassportToken(id)}`)).result).toBe("VALID");
    const log = await db.passportCheck.findFirst({
      where: { passportId: id, checkedById: controller.person!.id },
      orderBy: { checkedAt: "desc" },
    });
    expect(log).toMatchObject({ channel: "CONTROL", result: "VALID" });
  });

  it("says Falsifié for a forged token (issue 17) and Révoqué for a revoked passport", async () => {
    const controller = await viewerOf(DEMO.trainer);
    const id = await passportIdOf("PS-2026-R8TW3N");
    const forged = signPassportToken(id).replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await checkAtGate(controller, forged)).result).toBe("FORGED");

    // a passport of its own, so that revoking it cannot disturb other tests
    const { number } = await ownPassport("T", { revoked: true });
    expect((await checkAtGate(controller, number)).result).toBe("REVOKED");
  });

  it("is refused to a learner without the controller or trainer role", async () => {
    await expect(checkAtGate(await viewerOf(DEMO.learnerWithEmail), "PS-2026-7K4M9Q")).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
