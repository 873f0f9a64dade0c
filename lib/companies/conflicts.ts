import "server-only";
import type { Tx } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";

/** A2/B2: a SIRET, a VAT number and an e-mail belong to one company / one account only. */
export async function assertIdentifiersFree(
  tx: Tx,
  v: { siret: string | null; vatNumber: string | null; email: string | null; companyId?: string; accountId?: string | null },
) {
  const notSelf = v.companyId ? { id: { not: v.companyId } } : {};
  const errors: Record<string, string> = {};
  if (v.siret && (await tx.company.findFirst({ where: { siret: v.siret, ...notSelf }, select: { id: true } }))) {
    errors.siret = "Ce numéro de SIRET est déjà enregistré pour une autre entreprise.";
  }
  if (v.vatNumber && (await tx.company.findFirst({ where: { vatNumber: v.vatNumber, ...notSelf }, select: { id: true } }))) {
    errors.vatNumber = "Ce numéro de TVA est déjà enregistré pour une autre entreprise.";
  }
  if (
    v.email &&
    (await tx.account.findFirst({ where: { email: v.email, ...(v.accountId ? { id: { not: v.accountId } } : {}) }, select: { id: true } }))
  ) {
    errors.referentEmail = "Cette adresse e-mail est déjà utilisée par un autre compte.";
  }
  if (Object.keys(errors).length) throw new UserFacingError("Certaines informations sont déjà utilisées sur la plateforme.", errors);
}
