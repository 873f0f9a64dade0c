// A2: company identifiers. A SIRET is 14 digits with a valid Luhn key (La Poste's
// establishments, whose SIREN is 356000000, use a digit sum divisible by 5 instead).
// An intra-EU VAT number is a country prefix and the national format of that country.

export function normalizeSiret(value: string) {
  return value.replace(/[\s.-]/g, "");
}

export function luhnValid(digits: string) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isValidSiret(value: string) {
  const siret = normalizeSiret(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith("356000000")) {
    return [...siret].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  }
  return luhnValid(siret);
}

// National formats of intra-EU VAT numbers (VIES), country prefix included.
const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  EL: /^EL\d{9}$/,
  ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{12}$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
  XI: /^XI(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

export function normalizeVat(value: string) {
  return value.replace(/[\s.-]/g, "").toUpperCase();
}

export function isValidVat(value: string) {
  const vat = normalizeVat(value);
  const format = VAT_FORMATS[vat.slice(0, 2)];
  if (!format || !format.test(vat)) return false;
  if (vat.startsWith("FR") && /^\d{2}$/.test(vat.slice(2, 4))) {
    // French key: (12 + 3 × (SIREN mod 97)) mod 97
    const siren = Number(vat.slice(4));
    return Number(vat.slice(2, 4)) === (12 + 3 * (siren % 97)) % 97;
  }
  return true;
}
