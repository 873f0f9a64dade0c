import { db } from "@/lib/db";
import { getPassportsForPrint } from "@/lib/passports/passport-access";
import { readPassportToken, signPassportToken } from "@/lib/passports/verification-token";
import { verifyPassport } from "@/lib/passports/verify-passport";
import { DEMO, passportIdOf, viewerOf } from "@/tests/helpers/demo";

const HOLDER_PASSPORT = "PS-2026-7K4M9Q"; // Jean Dupont, Carrières Services Transports
const OTHER_COMPANY_PASSPORT = "PS-2026-R8TW3N"; // Marc Leroy, Granulats du Val de Loire

afterAll(() => db.$disconnect());

describe("who may load a passport", () => {
  it("lets the holder load their own passport", async () => {
    const rows = await getPassportsForPrint(await viewerOf(DEMO.holder), [await passportIdOf(HOLDER_PASSPORT)]);
    expect(rows.map((r) => r.number)).toEqual([HOLDER_PASSPORT]);
  });

  it("refuses a learner another company's passport", async () => {
    const rows = await getPassportsForPrint(await viewerOf(DEMO.learnerWithEmail), [await passportIdOf(OTHER_COMPANY_PASSPORT)]);
    expect(rows).toEqual([]);
  });

  it("refuses a learner a colleague's passport", async () => {
    const rows = await getPassportsForPrint(await viewerOf(DEMO.learnerWithEmail), [await passportIdOf(HOLDER_PASSPORT)]);
    expect(rows).toEqual([]);
  });

  it("lets a company see its own people's passports and only those", async () => {
    const referent = await viewerOf(DEMO.referent);
    const ids = [await passportIdOf(HOLDER_PASSPORT), await passportIdOf(OTHER_COMPANY_PASSPORT)];
    expect((await getPassportsForPrint(referent, ids)).map((r) => r.number)).toEqual([HOLDER_PASSPORT]);
  });
});

describe("verification token and gate answer (F2/F3)", () => {
  it("answers Valide with only the gate fields, and logs the check", async () => {
    const id = await passportIdOf(HOLDER_PASSPORT);
    const before = await db.passportCheck.count({ where: { passportId: id } });
    const passportId = readPassportToken(signPassportToken(id));
    expect(passportId).toBe(id);
    const answer = await verifyPassport({ passportId: passportId! }, { channel: "PUBLIC_LINK" });
    expect(answer.result).toBe("VALID");
    // issue 18: and the number printed on the passport (the API answers it)
    expect(Object.keys(answer).sort()).toEqual(["companyName", "expiresAt", "holder", "number", "profileName", "result"]);
    expect(answer.holder).toEqual({ firstName: "Jean", lastName: "Dupont" });
    expect(await db.passportCheck.count({ where: { passportId: id } })).toBe(before + 1);
  });

  it("refuses a forged or altered token", async () => {
    const id = await passportIdOf(HOLDER_PASSPORT);
    const token = signPassportToken(id);
    const [idPart, sig] = token.split(".");
    const flipped = sig[0] === "A" ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    expect(readPassportToken(`${idPart}.${flipped}`)).toBeNull();
    const otherId = await passportIdOf(OTHER_COMPANY_PASSPORT);
    expect(readPassportToken(`${Buffer.from(otherId).toString("base64url")}.${sig}`)).toBeNull();
    expect(readPassportToken("n'importe-quoi")).toBeNull();
  });

  it("says Expiré after the expiry date and Inconnu for an unknown number", async () => {
    const id = await passportIdOf(HOLDER_PASSPORT);
    const farFuture = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
    expect((await verifyPassport({ passportId: id }, { channel: "CONTROL", now: farFuture })).result).toBe("EXPIRED");
    expect(await verifyPassport({ number: "PS-2026-XXXXXX" }, { channel: "CONTROL" })).toEqual({ result: "UNKNOWN" });
  });
});
