// "Habilitation formateur": a company asks for one of its people to become a trainer (or
// stops asking); an administrator approves with an end date, refuses with a reason, or
// withdraws an approval. The trainer space follows the current approval at every request
// (lib/auth/viewer.ts), so a refusal, withdrawal or expiry closes it at once.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { administrators, notify } from "@/lib/notifications/notify";
import { publicUrl } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { formatDate } from "@/lib/format";

/** Longest approval an administrator may give at once. */
export const MAX_ACCREDITATION_YEARS = 5;

const person = {
  select: { id: true, firstName: true, lastName: true, company: { select: { id: true, name: true, kind: true } } },
} as const;
const requester = { select: { email: true, isAdmin: true, company: { select: { name: true } } } } as const;

/** A request still to examine, or an approval in force (an expired approval is neither). */
export const openAccreditationWhere = (now: Date) =>
  ({ OR: [{ status: "REQUESTED" }, { status: "APPROVED", validUntil: { gt: now } }] }) satisfies Prisma.TrainerAccreditationWhereInput;

/** The request or approval in force for a person, if any. */
export function openAccreditation(tx: Tx, personId: string, now = new Date()) {
  return tx.trainerAccreditation.findFirst({
    where: { personId, ...openAccreditationWhere(now) },
    orderBy: { requestedAt: "desc" },
    select: { id: true, status: true, requestedAt: true, validUntil: true },
  });
}

export type AccreditationState = Awaited<ReturnType<typeof openAccreditation>>;

/**
 * The company (or an administrator) asks for a trainer accreditation. Nothing changes for the
 * person until an administrator approves it; administrators are told by e-mail.
 */
export async function requestAccreditation(
  tx: Tx,
  input: { personId: string; requestedById: string; companyId: string },
  now = new Date(),
) {
  const existing = await openAccreditation(tx, input.personId, now);
  if (existing) return existing;
  const created = await tx.trainerAccreditation.create({
    data: { personId: input.personId, requestedById: input.requestedById, requestedAt: now },
    select: { id: true, status: true, requestedAt: true, validUntil: true, person },
  });
  const who = `${created.person.firstName} ${created.person.lastName.toUpperCase()}`;
  // every administrator: in the app and by e-mail
  await notify(tx, await administrators(tx, "TASK"), {
    category: "TASK",
    kind: "accreditation-requested-admin",
    title: `Habilitation formateur demandée : ${who}`,
    body: `${created.person.company.name} demande l'habilitation formateur de ${who}.`,
    href: "/admin/habilitations",
    email: {
      subject: `Habilitation formateur demandée : ${who}`,
      paragraphs: [`${created.person.company.name} demande l'habilitation formateur de ${who}.`],
      action: { label: "Examiner la demande", url: `${publicUrl()}/admin/habilitations` },
    },
  });
  await audit(tx, {
    actorAccountId: input.requestedById,
    action: "accreditation.requested",
    targetType: "Person",
    targetId: input.personId,
    companyId: input.companyId,
    data: { accreditationId: created.id },
  });
  return { id: created.id, status: created.status, requestedAt: created.requestedAt, validUntil: created.validUntil };
}

/** The company no longer wants this person as a trainer: a pending request or an approval ends. */
export async function withdrawByCompany(tx: Tx, input: { personId: string; actorAccountId: string; companyId: string }, now = new Date()) {
  const open = await openAccreditation(tx, input.personId, now);
  if (!open) return;
  await tx.trainerAccreditation.update({
    where: { id: open.id },
    data: { status: "WITHDRAWN", decidedById: input.actorAccountId, decidedAt: now, reason: "Désignation retirée par l'entreprise." },
  });
  await audit(tx, {
    actorAccountId: input.actorAccountId,
    action: "accreditation.withdrawn_by_company",
    targetType: "Person",
    targetId: input.personId,
    companyId: input.companyId,
    data: { accreditationId: open.id, previous: open.status },
  });
}

/** The queue "Habilitations formateurs": pending requests, approvals in force, recent decisions. */
export async function listAccreditations(viewer: Viewer, now = new Date()) {
  assertAdmin(viewer);
  const select = {
    id: true,
    status: true,
    requestedAt: true,
    decidedAt: true,
    validUntil: true,
    reason: true,
    person,
    requestedBy: requester,
  } as const;
  const [pending, current, past] = await Promise.all([
    db.trainerAccreditation.findMany({ where: { status: "REQUESTED" }, orderBy: { requestedAt: "asc" }, take: 200, select }),
    db.trainerAccreditation.findMany({
      where: { status: "APPROVED", validUntil: { gt: now } },
      orderBy: { validUntil: "asc" },
      take: 200,
      select,
    }),
    db.trainerAccreditation.findMany({
      where: { OR: [{ status: { in: ["REFUSED", "WITHDRAWN"] } }, { status: "APPROVED", validUntil: { lte: now } }] },
      orderBy: { decidedAt: "desc" },
      take: 30,
      select,
    }),
  ]);
  return { pending, current, past };
}

export type AccreditationRow = Awaited<ReturnType<typeof listAccreditations>>["pending"][number];

/** Who asked, in words: the company's name for a company login, else "Administrateur". */
export function requesterLabel(row: Pick<AccreditationRow, "requestedBy">) {
  if (!row.requestedBy) return "Reprise des désignations existantes";
  return row.requestedBy.company?.name ?? (row.requestedBy.isAdmin ? "Administrateur" : (row.requestedBy.email ?? "—"));
}

async function loadForDecision(tx: Tx, accreditationId: string, expected: "REQUESTED" | "APPROVED") {
  const row = await tx.trainerAccreditation.findUnique({
    where: { id: accreditationId },
    select: {
      id: true,
      status: true,
      validUntil: true,
      person: { select: { ...person.select, deletedAt: true, account: { select: { email: true } } } },
      requestedBy: { select: { email: true } },
    },
  });
  if (!row) throw new UserFacingError("Cette demande n'existe pas.");
  if (row.status !== expected) {
    throw new UserFacingError(
      expected === "REQUESTED" ? "Cette demande a déjà été traitée." : "Cette habilitation n'est plus en vigueur : rien à retirer.",
    );
  }
  return row;
}

type Decided = Awaited<ReturnType<typeof loadForDecision>>;

/** The requester and the person are told; each address once. */
async function tell(tx: Tx, row: Decided, template: string, subject: string, paragraphs: string[]) {
  const to = new Set([row.requestedBy?.email, row.person.account.email].filter((e): e is string => Boolean(e)));
  for (const address of to) await enqueueEmail(tx, { to: address, template, subject, paragraphs });
}

const nameOf = (row: Decided) => `${row.person.firstName} ${row.person.lastName.toUpperCase()}`;

/** The end date of an approval: in the future, at most MAX_ACCREDITATION_YEARS away. */
export function checkValidUntil(validUntil: Date, now: Date) {
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() + MAX_ACCREDITATION_YEARS);
  if (validUntil <= now) throw new UserFacingError("Date invalide.", { validUntil: "La date de fin doit être dans le futur." });
  if (validUntil > limit) {
    throw new UserFacingError("Date invalide.", { validUntil: `Une habilitation dure au plus ${MAX_ACCREDITATION_YEARS} ans.` });
  }
}

export async function approveAccreditation(viewer: Viewer, input: { accreditationId: string; validUntil: Date }, now = new Date()) {
  assertAdmin(viewer);
  checkValidUntil(input.validUntil, now);
  return db.$transaction((tx) => approveInTx(tx, viewer, input, now));
}

/** The approval itself, in the caller's transaction (the end date was checked). */
export async function approveInTx(tx: Tx, viewer: Viewer, input: { accreditationId: string; validUntil: Date }, now: Date) {
  const row = await loadForDecision(tx, input.accreditationId, "REQUESTED");
  if (row.person.deletedAt) throw new UserFacingError("Cette personne a été supprimée : la demande ne peut pas être approuvée.");
  const { count } = await tx.trainerAccreditation.updateMany({
    where: { id: row.id, status: "REQUESTED" },
    data: { status: "APPROVED", decidedById: viewer.accountId, decidedAt: now, validUntil: input.validUntil },
  });
  if (count !== 1) throw new UserFacingError("Cette demande a déjà été traitée.");
  await tell(tx, row, "accreditation-approved", `Habilitation formateur accordée : ${nameOf(row)}`, [
    `L'habilitation formateur de ${nameOf(row)} (${row.person.company.name}) est accordée jusqu'au ${formatDate(input.validUntil)}.`,
    "L'espace formateur s'ouvre à sa prochaine connexion : création de sensibilisations, diffusion et validation des passeports.",
  ]);
  await audit(tx, {
    actorAccountId: viewer.accountId,
    action: "accreditation.approved",
    targetType: "Person",
    targetId: row.person.id,
    companyId: row.person.company.id,
    data: { accreditationId: row.id, validUntil: input.validUntil.toISOString() },
  });
  return { validUntil: input.validUntil };
}

export async function refuseAccreditation(viewer: Viewer, input: { accreditationId: string; reason: string }, now = new Date()) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const row = await loadForDecision(tx, input.accreditationId, "REQUESTED");
    const { count } = await tx.trainerAccreditation.updateMany({
      where: { id: row.id, status: "REQUESTED" },
      data: { status: "REFUSED", decidedById: viewer.accountId, decidedAt: now, reason: input.reason },
    });
    if (count !== 1) throw new UserFacingError("Cette demande a déjà été traitée.");
    await tell(tx, row, "accreditation-refused", `Habilitation formateur refusée : ${nameOf(row)}`, [
      `La demande d'habilitation formateur de ${nameOf(row)} (${row.person.company.name}) est refusée.`,
      `Motif : ${input.reason}`,
    ]);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "accreditation.refused",
      targetType: "Person",
      targetId: row.person.id,
      companyId: row.person.company.id,
      data: { accreditationId: row.id, reason: input.reason },
    });
  });
}

export async function withdrawAccreditation(viewer: Viewer, input: { accreditationId: string; reason: string }, now = new Date()) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const row = await loadForDecision(tx, input.accreditationId, "APPROVED");
    if (!row.validUntil || row.validUntil <= now) throw new UserFacingError("Cette habilitation a déjà expiré.");
    await tx.trainerAccreditation.update({
      where: { id: row.id },
      data: { status: "WITHDRAWN", decidedById: viewer.accountId, decidedAt: now, reason: input.reason },
    });
    await tell(tx, row, "accreditation-withdrawn", `Habilitation formateur retirée : ${nameOf(row)}`, [
      `L'habilitation formateur de ${nameOf(row)} (${row.person.company.name}) est retirée : l'espace formateur est fermé.`,
      `Motif : ${input.reason}`,
    ]);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "accreditation.withdrawn",
      targetType: "Person",
      targetId: row.person.id,
      companyId: row.person.company.id,
      data: { accreditationId: row.id, reason: input.reason },
    });
  });
}
