// Demo accounts of prisma/seed.ts, as integration tests see them.
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { findAccountByIdentifier } from "@/lib/auth/verify-credentials";

export const DEMO_PASSWORD = "Passeport-Demo-2026";

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
