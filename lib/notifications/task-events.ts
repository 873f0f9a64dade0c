// D2 "Notifications": new tasks to do, told to whoever must act, in the transaction of the
// change that creates the task.
import "server-only";
import type { Tx } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { channelsOf, notify } from "@/lib/notifications/notify";

/** The referent: an employee is blocked (the e-mail to the referent's address is sent by the caller, as before). */
export async function notifyEmployeeBlocked(tx: Tx, input: { companyId: string; who: string; lastName: string; moduleTitle: string }) {
  const company = await tx.company.findUniqueOrThrow({ where: { id: input.companyId }, select: { accountId: true, kind: true } });
  if (!company.accountId) return;
  const home = company.kind === "MEMBER" ? "/adherent" : "/entreprise";
  const recipients = (await channelsOf(tx, [company.accountId], "TASK")).map((r) => ({ ...r, byEmail: false }));
  await notify(tx, recipients, {
    category: "TASK",
    kind: "employee.blocked",
    title: `Compte bloqué : ${input.who}`,
    body: `Bloqué après des échecs répétés au module « ${input.moduleTitle} ». Débloquez-le depuis la liste des salariés.`,
    href: `${home}/salaries?q=${encodeURIComponent(input.lastName)}`,
  });
}

/** The trainer: a session's participants wait for the decision "Passeport obtenu" or "À refaire". */
export async function notifyDecisionsWaiting(tx: Tx, sessionId: string) {
  const session = await tx.awarenessSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      number: true,
      trainer: { select: { accountId: true } },
      _count: { select: { participants: { where: { decision: "PENDING" } } } },
    },
  });
  const waiting = session._count.participants;
  if (!waiting) return;
  const title =
    waiting === 1
      ? `Sensibilisation n° ${session.number} : 1 participant attend ta décision`
      : `Sensibilisation n° ${session.number} : ${waiting} participants attendent ta décision`;
  await notify(tx, await channelsOf(tx, [session.trainer.accountId], "TASK"), {
    category: "TASK",
    kind: "session.decisions-waiting",
    title,
    body: "Indique pour chacun « Passeport obtenu » ou « À refaire » dans « Valider des passeports ».",
    href: "/formateur/validation",
    email: {
      subject: title,
      paragraphs: ["Bonjour,", `${title}.`, "Indique pour chacun « Passeport obtenu » ou « À refaire » dans ton espace formateur."],
      action: { label: "Valider des passeports", url: `${publicUrl()}/formateur/validation` },
    },
  });
}
