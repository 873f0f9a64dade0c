import { isValidSiret, isValidVat, luhnValid } from "@/lib/companies/identifiers";

describe("SIRET (A2)", () => {
  it("accepts 14 digits with a valid Luhn key, with or without spaces", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("732 829 320 00074")).toBe(true);
    expect(isValidSiret("54205118000066")).toBe(true);
  });
  it("refuses a wrong key, a wrong length or letters", () => {
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
    expect(isValidSiret("")).toBe(false);
  });
  it("applies La Poste's rule to its establishments", () => {
    expect(isValidSiret("35600000000001")).toBe(true); // digit sum 15
    expect(luhnValid("35600000000001")).toBe(false);
    expect(isValidSiret("35600000000002")).toBe(false);
  });
});

describe("intra-EU VAT numbers (A2)", () => {
  it("accepts well-formed numbers of several member states", () => {
    expect(isValidVat("FR40303265045")).toBe(true);
    expect(isValidVat("fr 40 303 265 045")).toBe(true);
    expect(isValidVat("DE136695976")).toBe(true);
    expect(isValidVat("BE0403170701")).toBe(true);
    expect(isValidVat("ESB12345678")).toBe(true);
  });
  it("refuses a wrong French key, an unknown country or a wrong format", () => {
    expect(isValidVat("FR41303265045")).toBe(false);
    expect(isValidVat("US123456789")).toBe(false);
    expect(isValidVat("DE12345")).toBe(false);
  });
});
