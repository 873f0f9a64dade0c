// Every server action of the trainer, link / split / handover and member-approval flows is
// refused without a session and with the wrong role, before it reads its input. The session
// lookup (next-auth's cookie) is replaced by a chosen viewer; everything else is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));

import { createSessionAction, recordDecisionsAction, searchCompaniesAction, startPlaybackAction } from "@/lib/sessions/actions";
import {
  approveMemberRequestAction,
  cancelHandoverAction,
  linkExistingAccountAction,
  linkNewAccountAction,
  rejectMemberRequestAction,
  requestHandoverAction,
  splitSpacesAction,
} from "@/lib/companies/actions";
import {
  approveAccreditationAction,
  refuseAccreditationAction,
  updateEmployeeAction,
  withdrawAccreditationAction,
} from "@/lib/people/actions";
import { accreditTrainer } from "@/tests/helpers/accredit";

afterAll(() => db.$disconnect());

type AnyAction = (input: never) => Promise<{ ok: boolean; error?: string }>;

const ACTIONS: { name: string; action: AnyAction; allowed: string; refused: string[] }[] = [
  {
    name: "createSessionAction",
    action: createSessionAction as AnyAction,
    allowed: DEMO.trainer,
    refused: [DEMO.learnerWithEmail, DEMO.controller, DEMO.referent, DEMO.admin],
  },
  {
    name: "searchCompaniesAction (formateur)",
    action: searchCompaniesAction as AnyAction,
    allowed: DEMO.trainer,
    refused: [DEMO.learnerWithEmail, DEMO.referent],
  },
  {
    name: "startPlaybackAction",
    action: startPlaybackAction as AnyAction,
    allowed: DEMO.trainer,
    refused: [DEMO.learnerWithEmail, DEMO.member],
  },
  {
    name: "recordDecisionsAction",
    action: recordDecisionsAction as AnyAction,
    allowed: DEMO.trainer,
    refused: [DEMO.controller, DEMO.referent],
  },
  {
    name: "linkExistingAccountAction",
    action: linkExistingAccountAction as AnyAction,
    allowed: DEMO.referent,
    refused: [DEMO.learnerWithEmail, DEMO.trainer, DEMO.admin],
  },
  {
    name: "linkNewAccountAction",
    action: linkNewAccountAction as AnyAction,
    allowed: DEMO.referent,
    refused: [DEMO.learnerWithEmail, DEMO.trainer],
  },
  {
    name: "requestHandoverAction",
    action: requestHandoverAction as AnyAction,
    allowed: DEMO.referent,
    refused: [DEMO.learnerWithEmail, DEMO.controller],
  },
  {
    name: "cancelHandoverAction",
    action: cancelHandoverAction as AnyAction,
    allowed: DEMO.member,
    refused: [DEMO.learnerWithEmail, DEMO.trainer],
  },
  {
    name: "splitSpacesAction",
    action: splitSpacesAction as AnyAction,
    allowed: DEMO.learnerWithEmail,
    refused: [DEMO.referent, DEMO.admin],
  },
  {
    name: "approveMemberRequestAction",
    action: approveMemberRequestAction as AnyAction,
    allowed: DEMO.admin,
    refused: [DEMO.member, DEMO.trainer, DEMO.referent],
  },
  {
    name: "rejectMemberRequestAction",
    action: rejectMemberRequestAction as AnyAction,
    allowed: DEMO.admin,
    refused: [DEMO.member, DEMO.learnerWithEmail],
  },
  {
    name: "updateEmployeeAction",
    action: updateEmployeeAction as AnyAction,
    allowed: DEMO.member,
    refused: [DEMO.learnerWithEmail, DEMO.trainer],
  },
  ...[approveAccreditationAction, refuseAccreditationAction, withdrawAccreditationAction].map((action, i) => ({
    name: ["approveAccreditationAction", "refuseAccreditationAction", "withdrawAccreditationAction"][i],
    action: action as AnyAction,
    allowed: DEMO.admin,
    refused: [DEMO.member, DEMO.referent, DEMO.trainer, DEMO.controller, DEMO.learnerWithEmail],
  })),
];

describe.each(ACTIONS)("$name", ({ action, allowed, refused }) => {
  it("is refused without a session", async () => {
    current = null;
    expect(await action({} as never)).toEqual({ ok: false, error: "Votre session a expiré\u202f: reconnectez-vous." });
  });

  it("is refused to the wrong roles", async () => {
    for (const identifier of refused) {
      current = await viewerOf(identifier);
      expect([identifier, await action({} as never)]).toEqual([identifier, { ok: false, error: "Accès refusé." }]);
    }
  });

  it("reaches input validation for the right role (bad input gives field errors, never a crash)", async () => {
    current = await viewerOf(allowed);
    const result = await action({ junk: "x".repeat(10_000) } as never);
    expect(result.ok === false ? result.error : "accepted").not.toBe("Accès refusé.");
  });
});

it("leaves another trainer's session and participants untouched", async () => {
  const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
  const { sessionId } = await createAwarenessSession(
    await viewerOf(DEMO.trainer),
    createSessionSchema.parse({
      profileCode: "TECHNIQUE",
      participants: [{ lastName: "Garde", firstName: "Gilles", companyId: company.id }],
    }),
  );
  const participant = await db.sessionParticipant.findFirstOrThrow({ where: { sessionId } });
  const otherAccount = await db.account.create({ data: { email: `garde-${Date.now()}@example.fr` } });
  const other = await db.person.create({
    data: { accountId: otherAccount.id, companyId: company.id, firstName: "Autre", lastName: "Formateur" },
  });
  await accreditTrainer(other.id);
  current = await viewerOf(otherAccount.email!);
  expect(await startPlaybackAction({ sessionId })).toEqual({ ok: true, data: null });
  expect((await db.awarenessSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("CREATED");
  expect(await recordDecisionsAction({ decisions: [{ participantId: participant.id, decision: "PASSED" }] })).toEqual({
    ok: false,
    error: "Accès refusé.",
  });
  expect((await db.sessionParticipant.findUniqueOrThrow({ where: { id: participant.id } })).decision).toBe("PENDING");
});

it("gives its messages French typography, whatever screen shows them (issue 15)", async () => {
  const { runAction } = await import("@/lib/safe-action");
  const { UserFacingError } = await import("@/lib/errors");
  const res = await runAction("typographie", null, async () => {
    throw new UserFacingError("Compte bloqué : contactez « votre référent » ! Encore 80 % ?", {
      email: "Adresse inconnue : vérifiez-la.",
    });
  });
  expect(res).toEqual({
    ok: false,
    error: "Compte bloqué\u202f: contactez «\u202fvotre référent\u202f»\u202f! Encore 80\u00a0%\u202f?",
    fieldErrors: { email: "Adresse inconnue\u202f: vérifiez-la." },
  });
  // the session's refusal, written by the action client itself
  current = null;
  expect(await createSessionAction({} as never)).toEqual({ ok: false, error: "Votre session a expiré\u202f: reconnectez-vous." });
});
