// A8: the contact form's requests ("Demandes d'assistance"). Anyone may write: an anonymous
// visitor gives a name, an e-mail and a proof of work; a logged-in one is identified by the
// account. Both are throttled (5 an hour per address or per account). Administrators read
// them, set their status and answer by e-mail through the outbox; every step is audited.
import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";
import { enforceRateLimit } from "@/lib/rate-limit/rate-limit";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatDate } from "@/lib/format";
import type { SupportRequestInput } from "@/lib/help/support.schema";
import type { SupportStatus } from "@/lib/generated/prisma/client";

const POW_FAILED = "La vérification anti-robot a échoué ou a expiré : une nouvelle vérification est lancée, réessayez dans un instant.";

/** Who writes, as the administrators will see it: the account's identity when logged in. */
export function identityOf(viewer: Viewer) {
  const name = viewer.person
    ? `${viewer.person.firstName} ${viewer.person.lastName}`
    : viewer.company
      ? viewer.company.name
      : viewer.isAdmin
        ? "Administrateur"
        : (viewer.email ?? "");
  return { name, email: viewer.email };
}

export async function submitSupportRequest(viewer: Viewer | null, input: SupportRequestInput, address: string | null) {
  let name: string;
  let email: string;
  if (viewer) {
    await enforceRateLimit("supportRequest", `compte:${viewer.accountId}`);
    const identity = identityOf(viewer);
    name = identity.name;
    email = identity.email ?? input.email;
    if (!email) {
      const error = "Votre compte n'a pas d'adresse e-mail : indiquez celle à laquelle vous souhaitez recevoir la réponse.";
      throw new UserFacingError(error, { email: error });
    }
  } else {
    await enforceRateLimit("supportRequest", address);
    const fieldErrors: Record<string, string> = {};
    if (input.name.length < 2) fieldErrors.name = "Saisissez votre nom.";
    if (!input.email) fieldErrors.email = "Saisissez l'adresse e-mail à laquelle vous souhaitez recevoir la réponse.";
    if (Object.keys(fieldErrors).length) throw new UserFacingError("Certains champs sont invalides.", fieldErrors);
    if (!(await verifyProofOfWork(input.challenge, input.nonce))) throw new UserFacingError(POW_FAILED);
    name = input.name;
    email = input.email;
  }
  return db.$transaction(async (tx) => {
    const request = await tx.supportRequest.create({
      data: { subject: input.subject, message: input.message, name, email: email.toLowerCase(), accountId: viewer?.accountId ?? null },
      select: { id: true },
    });
    await audit(tx, {
      actorAccountId: viewer?.accountId ?? null,
      action: "support.requested",
      targetType: "SupportRequest",
      targetId: request.id,
      data: { subject: input.subject },
    });
    return request;
  });
}

export type SupportFilter = SupportStatus | "ALL";

export async function listSupportRequests(viewer: Viewer | null, status: SupportFilter) {
  assertAdmin(viewer);
  const where = status === "ALL" ? {} : { status };
  const [requests, counts] = await Promise.all([
    db.supportRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, subject: true, name: true, email: true, status: true, createdAt: true, accountId: true },
    }),
    db.supportRequest.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const count = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<SupportStatus, number>>;
  return { requests, count };
}

export async function getSupportRequest(viewer: Viewer | null, id: string) {
  assertAdmin(viewer);
  return db.supportRequest.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      message: true,
      name: true,
      email: true,
      accountId: true,
      status: true,
      answer: true,
      answeredAt: true,
      createdAt: true,
    },
  });
}

export async function setSupportStatus(viewer: Viewer | null, id: string, status: SupportStatus) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.supportRequest.findUnique({ where: { id }, select: { status: true } });
    if (!before) throw new UserFacingError("Cette demande n'existe plus.");
    if (before.status === status) return { id };
    await tx.supportRequest.update({ where: { id }, data: { status } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "support.status_changed",
      targetType: "SupportRequest",
      targetId: id,
      data: { before: before.status, after: status },
    });
    return { id };
  });
}

/** The answer is e-mailed through the outbox and closes the request ("traitée"). */
export async function answerSupportRequest(viewer: Viewer | null, id: string, answer: string, now = new Date()) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const request = await tx.supportRequest.findUnique({
      where: { id },
      select: { subject: true, name: true, email: true, message: true, createdAt: true },
    });
    if (!request) throw new UserFacingError("Cette demande n'existe plus.");
    await tx.supportRequest.update({ where: { id }, data: { answer, answeredAt: now, answeredById: viewer.accountId, status: "DONE" } });
    await enqueueEmail(tx, {
      to: request.email,
      template: "support-answer",
      subject: `Réponse à votre demande d'assistance : ${request.subject}`,
      paragraphs: [
        `Bonjour ${request.name},`,
        `Vous nous avez écrit le ${formatDate(request.createdAt)} au sujet de « ${request.subject} ». Voici notre réponse :`,
        ...answer
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
        `Votre message : « ${request.message.length > 500 ? `${request.message.slice(0, 500)}…` : request.message} »`,
        "Pour toute autre question, consultez la rubrique AIDE du Passeport Sécurité ou écrivez-nous depuis son formulaire de contact.",
      ],
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "support.answered",
      targetType: "SupportRequest",
      targetId: id,
      data: { to: request.email },
    });
    return { id };
  });
}
