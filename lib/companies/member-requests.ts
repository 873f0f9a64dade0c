// A3: administrators examine the member companies' requests. Approval assigns the member
// number ("n° adhérent", from a database sequence: never reused) and opens the login;
// refusal frees the SIRET / VAT number and the e-mail so that the company may ask again.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { publicUrl } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";

export async function listMemberRequests(viewer: Viewer) {
  assertAdmin(viewer);
  const pending = await db.company.findMany({
    where: { kind: "MEMBER", status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      siret: true,
      vatNumber: true,
      regions: true,
      referentFirstName: true,
      referentLastName: true,
      referentEmail: true,
      createdAt: true,
    },
  });
  // the approved ones are in the companies list (issue 11), filtered by type
  return { pending };
}

async function pendingRequest(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], companyId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
  const company = await tx.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      kind: true,
      status: true,
      name: true,
      accountId: true,
      referentEmail: true,
      referentFirstName: true,
      siret: true,
      vatNumber: true,
    },
  });
  if (!company || company.kind !== "MEMBER") throw new UserFacingError("Demande introuvable.");
  if (company.status !== "PENDING") throw new UserFacingError("Cette demande a déjà été traitée.");
  return company;
}

export async function approveMemberRequest(viewer: Viewer, companyId: string, now = new Date()) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const company = await pendingRequest(tx, companyId);
    let memberNumber: string;
    do {
      const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('member_number_seq') AS n`;
      memberNumber = `A${n}`;
    } while (await tx.company.findUnique({ where: { memberNumber }, select: { id: true } }));
    await tx.company.update({
      where: { id: companyId },
      data: { status: "ACTIVE", memberNumber, approvedAt: now, approvedById: viewer.accountId },
    });
    if (company.accountId) await tx.account.update({ where: { id: company.accountId }, data: { disabledAt: null } });
    await enqueueEmail(tx, {
      to: company.referentEmail,
      template: "member-approved",
      subject: `Adhésion approuvée : votre n° adhérent est ${memberNumber}`,
      paragraphs: [
        `Bonjour ${company.referentFirstName},`,
        `Le compte « Entreprise adhérente » de ${company.name} est ouvert. Votre n° adhérent : ${memberNumber}.`,
        "Connectez-vous avec ce numéro (ou votre adresse e-mail) et le mot de passe choisi lors de la demande : vous pourrez inscrire vos salariés et désigner vos formateurs et vos contrôleurs.",
      ],
      action: { label: "Me connecter", url: publicUrl() },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.member_approved",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: { memberNumber },
    });
    return { memberNumber };
  });
}

export async function rejectMemberRequest(viewer: Viewer, companyId: string) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const company = await pendingRequest(tx, companyId);
    await tx.company.update({ where: { id: companyId }, data: { status: "REJECTED", siret: null, vatNumber: null, accountId: null } });
    if (company.accountId) await tx.account.delete({ where: { id: company.accountId } });
    await enqueueEmail(tx, {
      to: company.referentEmail,
      template: "member-rejected",
      subject: "Votre demande d'adhésion au Passeport Sécurité",
      paragraphs: [
        `Bonjour ${company.referentFirstName},`,
        `La demande de compte « Entreprise adhérente » de ${company.name} n'a pas été retenue. Si votre entreprise n'est pas adhérente à l'UNPG, inscrivez-la comme entreprise sous-traitante ; sinon, contactez l'UNPG.`,
      ],
      action: { label: "Inscrire une entreprise sous-traitante", url: `${publicUrl()}/inscription/entreprise` },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.member_rejected",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: { name: company.name, siret: company.siret, vatNumber: company.vatNumber },
    });
  });
}
