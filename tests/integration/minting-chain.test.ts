// Issue 17: the chain an outsider used to mint a valid passport with no module watched —
// register a subcontractor, link a new user account to it, designate that account trainer,
// create a session with oneself, decide "Passeport obtenu" — now stops at its first
// forbidden step (the trainer role is only requested), and each later step is refused too.
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen } from "@/lib/auth/spaces";
import { AccessDeniedError } from "@/lib/auth/access";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { registrationSchema } from "@/lib/companies/company.schema";
import { registerSubcontractor } from "@/lib/companies/register-company";
import { linkNewAccount } from "@/lib/companies/space-link";
import { updateEmployee } from "@/lib/people/manage-employee";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { recordDecisions } from "@/lib/sessions/decide";
import { solveProofOfWork } from "@/tests/helpers/pow";
import { newSiret, uniq, viewerOf } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";
import { playWholeSession } from "@/tests/helpers/sessions";

afterAll(() => db.$disconnect());

const PASSWORD = "Granit-Falaise-Concasseur-2026";

it("an outsider cannot mint a passport through a self-made trainer account", async () => {
  // 1. a subcontractor company, registered by anyone with a Luhn-valid SIRET (allowed)
  const email = `intrus-${uniq()}@example.fr`;
  const { challenge, difficulty } = newChallenge();
  await registerSubcontractor(
    await registrationSchema.parseAsync({
      useVat: false,
      siret: newSiret(),
      name: `Intrus ${uniq()}`,
      regions: ["BRETAGNE"],
      referentLastName: "Intrus",
      referentFirstName: "Ivan",
      referentEmail: email,
      referentEmailConfirmation: email,
      newPassword: PASSWORD,
      passwordConfirmation: PASSWORD,
      challenge,
      nonce: await solveProofOfWork(challenge, difficulty),
    }),
  );
  const company = await viewerOf(email);

  // 2. "Lier ce compte entreprise à mon compte utilisateur" with a new user account (allowed)
  await linkNewAccount(company, { firstName: "Ivan", lastName: "Intrus", isHauler: false, isTechnical: true });
  const linked = (await loadViewer(company.accountId))!;
  const self = linked.person!;

  // 3. designating oneself trainer is only a request: no trainer space (FIRST FORBIDDEN STEP)
  await updateEmployee(linked, {
    personId: self.id,
    firstName: "Ivan",
    lastName: "Intrus",
    profileCode: "TECHNIQUE",
    isTrainer: true,
    isController: false,
  });
  const afterDesignation = (await loadViewer(company.accountId))!;
  expect(canOpen(afterDesignation, "formateur")).toBe(false);
  expect(await db.trainerAccreditation.findFirst({ where: { personId: self.id } })).toMatchObject({ status: "REQUESTED" });

  // 4. so no session can be created, with oneself or anyone
  const ownSession = createSessionSchema.parse({
    profileCode: "TECHNIQUE",
    participants: [{ lastName: "Intrus", firstName: "Ivan", email, useExistingAccount: true, companyName: "Intrus" }],
  });
  await expect(createAwarenessSession(afterDesignation, ownSession)).rejects.toBeInstanceOf(AccessDeniedError);

  // 5. even if an administrator had approved it, oneself cannot be a participant…
  await accreditTrainer(self.id);
  const accredited = (await loadViewer(company.accountId))!;
  const refused = await createAwarenessSession(accredited, ownSession).catch((e) => e);
  expect(refused.fieldErrors?.["participants.0.email"]).toContain("Vous ne pouvez pas suivre votre propre session");

  // 6. …nor decide a session that was never shown, nor one's own row
  const other = await createAwarenessSession(
    accredited,
    createSessionSchema.parse({
      profileCode: "TECHNIQUE",
      participants: [{ lastName: `Complice${uniq()}`, firstName: "Carl", companyId: linked.company!.id }],
    }),
  );
  const [row] = await db.sessionParticipant.findMany({ where: { sessionId: other.sessionId } });
  await expect(recordDecisions(accredited, [{ participantId: row.id, decision: "PASSED" }])).rejects.toThrow("n'a pas été diffusée");
  await playWholeSession(accredited, other.sessionId);
  const selfRow = await db.sessionParticipant.create({
    data: { sessionId: other.sessionId, personId: self.id, companyId: self.companyId, position: 2 },
  });
  await expect(recordDecisions(accredited, [{ participantId: selfRow.id, decision: "PASSED" }])).rejects.toThrow("votre propre passeport");

  // no passport exists for the outsider, so the gate has none to answer "Valide" for
  expect(await db.passport.count({ where: { personId: self.id } })).toBe(0);
});
