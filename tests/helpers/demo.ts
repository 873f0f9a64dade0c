// Demo accounts of prisma/seed.ts, as integration tests see them.
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { findAccountByIdentifier } from "@/lib/auth/verify-credentials";

export const DEMO_PASSWORD = "Passeport-Demo-2026";

/** The seeded demo administrator's TOTP secret (prisma/seed.ts, README). */
export const DEMO_ADMIN_TOTP_SECRET = "PASSEPORTSECURITEDEMOADMIN234567";

export const DEMO = {
  admin: "admin@passeport-securite.fr",
  referent: "referent@cst-demo.fr",
  member: "A10427",
  learnerWithEmail: "lucie.martin@cst-demo.fr",
  learnerWithUniqueId: "K7M4Q9TX",
  trainer: "sophie.durand@gvl-demo.fr",
  controller: "marc.leroy@gvl-demo.fr",
  holder: "jean.dupont@cst-demo.fr",
} as const;

export async function viewerOf(identifier: string) {
  const account = await findAccountByIdentifier(identifier);
  if (!account) throw new Error(`compte de démonstration introuvable : ${identifier}`);
  const viewer = await loadViewer(account.id);
  if (!viewer) throw new Error(`compte inactif : ${identifier}`);
  return viewer;
}

export async function passportIdOf(number: string) {
  return (await db.passport.findUniqueOrThrow({ where: { number }, select: { id: true } })).id;
}

/** A unique suffix so that tests never depend on each other's rows. */
export const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh, Luhn-valid SIRET. */
export function newSiret() {
  const base = String(Date.now()).slice(-8) + String(Math.floor(Math.random() * 1e5)).padStart(5, "0");
  for (let key = 0; key < 10; key++) {
    const candidate = base + key;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(candidate[13 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

/**
 * A worker of the demo subcontractor of their own, for a test that gives them passports: a
 * demo worker's passports are what other tests read (the employee list expects Lucie Martin
 * without one).
 */
export async function ownHolder() {
  const lucie = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.learnerWithEmail } } });
  const account = await db.account.create({ data: { uniqueId: `H${uniq().toUpperCase()}`.slice(0, 12) } });
  return db.person.create({
    data: {
      accountId: account.id,
      companyId: lucie.companyId,
      profileId: lucie.profileId,
      firstName: "Paul",
      lastName: `Porteur${uniq()}`,
    },
  });
}

/**
 * A passport of its own (holder included), valid one more day, or revoked: what a test may
 * revoke or count without disturbing the demo passports that other tests read. `letter` starts
 * the number after the year, so that each test's numbers are told apart.
 */
export async function ownPassport(letter: string, { revoked = false } = {}) {
  const holder = await ownHolder();
  const passport = await db.passport.create({
    data: {
      number: `PS-2026-${letter}${uniq().slice(-5).toUpperCase()}`,
      personId: holder.id,
      profileId: holder.profileId!,
      companyId: holder.companyId,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 86400_000),
      issuedVia: "ONLINE",
      ...(revoked ? { status: "REVOKED" as const, revokedAt: new Date() } : {}),
    },
  });
  return { holder, passport, number: passport.number };
}
