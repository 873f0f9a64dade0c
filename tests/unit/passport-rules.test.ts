import { passportState } from "@/lib/passports/passport-status";
import { newPassportNumber, READABLE_ALPHABET } from "@/lib/passports/passport-number";

describe("passport state", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("is valid before expiry, expired after, revoked whatever the date", () => {
    expect(passportState({ status: "ACTIVE", expiresAt: new Date("2027-01-01") }, now)).toBe("VALID");
    expect(passportState({ status: "ACTIVE", expiresAt: new Date("2026-05-31") }, now)).toBe("EXPIRED");
    expect(passportState({ status: "REVOKED", expiresAt: new Date("2027-01-01") }, now)).toBe("REVOKED");
  });
});

describe("passport numbers", () => {
  it("are readable: year and six characters without 0/O/1/I/L", () => {
    for (let i = 0; i < 200; i++) {
      const n = newPassportNumber(new Date("2026-03-02"));
      expect(n).toMatch(/^PS-2026-[A-Z2-9]{6}$/);
      expect(n.slice(8)).not.toMatch(/[01OIL]/);
    }
    expect(READABLE_ALPHABET).not.toMatch(/[01OIL]/);
  });
});
