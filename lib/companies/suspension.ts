// Issue 11, item 3: an administrator suspends an active company, then reactivates it.
// While suspended its login is refused (lib/auth/verify-credentials.ts) and every open
// session of that login opens nothing (lib/auth/viewer.ts); the sessions are also revoked
// here, so that they stay closed after a reactivation. Its people keep their own learner
// logins and their passports: a suspension is about the company's account (its referent),
// not about the workers' training or the gate.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { UserFacingError } from "@/lib/errors";
import { isId } from "@/lib/text";
import { revokeAccountSessions } from "@/lib/auth/auth-session";

async function lockCompany(tx: Tx, companyId: string) {
  if (!isId(companyId)) throw new UserFacingError("Entreprise introuvable.");
  await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
  const company = await tx.company.findUnique({
    where: { id: companyId },
    select: { id: true, name: true, status: true, accountId: true, referentEmail: true, referentFirstName: true },
  });
  if (!company) throw new UserFacingError("Entreprise introuvable.");
  return company;
}

export async function suspendCompany(viewer: Viewer, input: { companyId: string; reason: string }, now = new Date()) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    if (company.status === "SUSPENDED") throw new UserFacingError("Cette entreprise est déjà suspendue.");
    if (company.status !== "ACTIVE") throw new UserFacingError("Seule une entreprise active peut être suspendue.");
    await tx.company.update({ where: { id: company.id }, data: { status: "SUSPENDED", suspendedAt: now } });
    const sessionsEnded = company.accountId ? await revokeAccountSessions(tx, company.accountId, "COMPANY_SUSPENDED", now) : 0;
    if (company.referentEmail)
      await enqueueEmail(tx, {
        to: company.referentEmail,
        template: "company-suspended",
        subject: `Le compte entreprise de ${company.name} est suspendu`,
        paragraphs: [
          `Bonjour ${company.referentFirstName},`,
          `L'administration du Passeport Sécurité a suspendu le compte entreprise de ${company.name} : il n'est plus possible de s'y connecter. Les passeports de vos salariés restent valables et leurs comptes personnels restent ouverts.`,
          "Pour en connaître le motif ou demander sa réactivation, contactez l'UNPG.",
        ],
      });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.suspended",
      targetType: "Company",
      targetId: company.id,
      companyId: company.id,
      data: { reason: input.reason, sessionsEnded },
    });
  });
}

export async function reactivateCompany(viewer: Viewer, input: { companyId: string }) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    if (company.status !== "SUSPENDED") throw new UserFacingError("Cette entreprise n'est pas suspendue.");
    await tx.company.update({ where: { id: company.id }, data: { status: "ACTIVE", suspendedAt: null } });
    if (company.referentEmail)
      await enqueueEmail(tx, {
        to: company.referentEmail,
        template: "company-reactivated",
        subject: `Le compte entreprise de ${company.name} est réactivé`,
        paragraphs: [
          `Bonjour ${company.referentFirstName},`,
          `Le compte entreprise de ${company.name} est de nouveau ouvert : vous pouvez vous y connecter comme avant.`,
        ],
      });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.reactivated",
      targetType: "Company",
      targetId: company.id,
      companyId: company.id,
    });
  });
}
