import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { createEmployee } from "@/lib/people/create-employee";
import { deleteEmployee, updateEmployee } from "@/lib/people/manage-employee";
import { employeeSchema, type EmployeeInput } from "@/lib/people/employee.schema";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/auth/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { getPathView } from "@/lib/learning/path-view";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen } from "@/lib/auth/spaces";
import { isController } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { issuePassport } from "@/lib/passports/issue-passport";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { approveAccreditation } from "@/lib/people/trainer-accreditation";

afterAll(() => db.$disconnect());

const base: EmployeeInput = {
  firstName: "Nina",
  lastName: "Essai",
  noEmail: false,
  email: "",
  isHauler: false,
  isTechnical: false,
  isTrainer: false,
  isController: false,
  hasSnbpe: false,
};
const input = (over: Partial<EmployeeInput>) => employeeSchema.parse({ ...base, lastName: `Essai${uniq()}`, ...over });
const linkIn = (text: string) => /definir-mot-de-passe\/([A-Za-z0-9_-]+)/.exec(text)![1];

describe("INSCRIRE UN NOUVEAU SALARIÉ (B4–B6)", () => {
  it("creates an employee with an e-mail: profile and roles from the answers, e-mails to both, audit", async () => {
    const referent = await viewerOf(DEMO.referent);
    const email = `nina-${uniq()}@example.fr`;
    const created = await createEmployee(referent, input({ email, isTechnical: true, isController: true }));
    const person = await db.person.findUniqueOrThrow({ where: { id: created.personId }, include: { account: true, profile: true } });
    expect(person).toMatchObject({
      companyId: referent.company!.id,
      roles: ["CONTROLLER"],
      profile: { code: "TECHNIQUE" },
      account: { email, uniqueId: null, passwordHash: null },
    });
    const mails = await db.emailOutbox.findMany({
      where: { OR: [{ to: email }, { to: "referent@cst-demo.fr", text: { contains: person.lastName.toUpperCase() } }] },
    });
    expect(mails.map((m) => m.template).sort()).toEqual(["employee-created", "employee-created-referent"]);
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "employee.created" } })).toBe(1);

    // first connection through the e-mailed link, then login
    const token = linkIn(mails.find((m) => m.to === email)!.text);
    await setPasswordWithToken(token, "Premier-Acces-2026");
    expect((await verifyCredentials(email, "Premier-Acces-2026", null)).ok).toBe(true);
    await expect(setPasswordWithToken(token, "Autre-Essai-2026")).rejects.toThrow("déjà été utilisé");
  });

  it("creates an employee without e-mail: a unique ID, and the link goes to the referent", async () => {
    const created = await createEmployee(await viewerOf(DEMO.referent), input({ noEmail: true, isHauler: true }));
    expect(created.uniqueId).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(created.profileName).toBe("Transporteur");
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: "referent@cst-demo.fr", text: { contains: created.uniqueId! } } });
    await setPasswordWithToken(linkIn(mail.text), "Chauffeur-2026x");
    expect((await verifyCredentials(created.uniqueId!, "Chauffeur-2026x", null)).ok).toBe(true);
  });

  it("refuses an e-mail that already has an account, and creates nothing", async () => {
    const duplicate = input({ email: DEMO.learnerWithEmail });
    const error = await createEmployee(await viewerOf(DEMO.referent), duplicate).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).fieldErrors?.email).toContain("déjà utilisée");
    expect(await db.person.count({ where: { lastName: duplicate.lastName } })).toBe(0);
  });

  it("refuses bad input with French field errors", () => {
    const r = employeeSchema.safeParse({ ...base, firstName: " ", email: "pas-un-mail", hasSnbpe: true, snbpeObtainedAt: "31/02/2025" });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      firstName: "Saisissez le prénom.",
      email: "Cette adresse e-mail n'est pas valide.",
      snbpeObtainedAt: "Saisissez la date d'obtention au format JJ/MM/AAAA.",
    });
  });

  it("validates the modules common with SNBPE only while the SNBPE passport is valid", async () => {
    const referent = await viewerOf(DEMO.referent);
    const recent = await createEmployee(referent, input({ noEmail: true, hasSnbpe: true, snbpeObtainedAt: "02/01/2026" }));
    const old = await createEmployee(referent, input({ noEmail: true, hasSnbpe: true, snbpeObtainedAt: "02/01/2019" }));
    expect(recent.snbpe).toMatchObject({ valid: true });
    expect(recent.snbpe!.validated).toBeGreaterThan(0);
    expect(old.snbpe).toEqual({ valid: false, validated: 0 });
    const view = async (personId: string) => {
      const p = await db.person.findUniqueOrThrow({ where: { id: personId } });
      return (await getPathView((await loadViewer(p.accountId))!))!;
    };
    expect((await view(recent.personId)).modules.filter((m) => m.passedVia === "SNBPE")).toHaveLength(recent.snbpe!.validated);
    expect((await view(old.personId)).modules.filter((m) => m.passedVia === "SNBPE")).toHaveLength(0);
  });
});

describe("edit and delete (B7/B8)", () => {
  it("are refused for another company's employee", async () => {
    const created = await createEmployee(await viewerOf(DEMO.referent), input({ noEmail: true }));
    const member = await viewerOf(DEMO.member);
    await expect(
      updateEmployee(member, {
        personId: created.personId,
        firstName: "X",
        lastName: "Y",
        profileCode: "TECHNIQUE",
        isTrainer: false,
        isController: false,
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteEmployee(member, created.personId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(createEmployee(await viewerOf(DEMO.learnerWithEmail), input({ noEmail: true }))).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("edits name and profile, and designates trainers and controllers (G1)", async () => {
    const referent = await viewerOf(DEMO.referent);
    const created = await createEmployee(referent, input({ noEmail: true }));
    await updateEmployee(referent, {
      personId: created.personId,
      firstName: "Ninon",
      lastName: "Corrigée",
      profileCode: "TRANSPORTEUR",
      isTrainer: false,
      isController: false,
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: created.personId }, include: { profile: true } })).toMatchObject({
      firstName: "Ninon",
      searchName: "ninon corrigée",
      profile: { code: "TRANSPORTEUR" },
      roles: [],
    });

    const member = await viewerOf(DEMO.member);
    const employee = await createEmployee(member, input({ noEmail: true }));
    await updateEmployee(member, {
      personId: employee.personId,
      firstName: "Théo",
      lastName: "Formé",
      profileCode: "TECHNIQUE",
      isTrainer: true,
      isController: true,
    });
    const account = await db.person.findUniqueOrThrow({ where: { id: employee.personId }, select: { roles: true, accountId: true } });
    // the company designates a controller at once, but only asks for a trainer (issue 17)
    expect(account.roles).toEqual(["CONTROLLER"]);
    const request = await db.trainerAccreditation.findFirstOrThrow({ where: { personId: employee.personId } });
    expect(request).toMatchObject({ status: "REQUESTED", requestedById: member.accountId });
    expect(canOpen((await loadViewer(account.accountId))!, "formateur")).toBe(false);
    await approveAccreditation(await viewerOf(DEMO.admin), { accreditationId: request.id, validUntil: new Date(Date.now() + 86_400_000) });
    const viewer = (await loadViewer(account.accountId))!;
    expect(canOpen(viewer, "formateur") && isController(viewer)).toBe(true);
    await updateEmployee(member, {
      personId: employee.personId,
      firstName: "Théo",
      lastName: "Formé",
      profileCode: "TECHNIQUE",
      isTrainer: false,
      isController: false,
    });
    expect(canOpen((await loadViewer(account.accountId))!, "formateur")).toBe(false);
  });

  it("deletes: passport revoked at the gate, login closed, e-mail freed, history kept", async () => {
    const referent = await viewerOf(DEMO.referent);
    const email = `supprime-${uniq()}@example.fr`;
    const created = await createEmployee(referent, input({ email }));
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email } });
    await setPasswordWithToken(linkIn(mail.text), "Avant-Suppression-1");
    const person = await db.person.findUniqueOrThrow({ where: { id: created.personId } });
    const passport = await db.$transaction((tx) =>
      issuePassport(tx, { personId: person.id, profileId: person.profileId!, companyId: person.companyId, via: "ONLINE", now: new Date() }),
    );

    await deleteEmployee(referent, created.personId);
    expect((await checkAtGate(await viewerOf(DEMO.controller), passport.number)).result).toBe("REVOKED");
    expect((await verifyCredentials(email, "Avant-Suppression-1", null)).ok).toBe(false);
    expect(await db.person.findUnique({ where: { id: person.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await db.auditLog.findFirst({ where: { targetId: person.id, action: "employee.deleted" } })).toMatchObject({
      data: expect.objectContaining({ email, passportsRevoked: 1 }),
    });
    // the address can be given to a new account
    await expect(createEmployee(referent, input({ email }))).resolves.toMatchObject({ uniqueId: null });
  });
});

describe("Mot de passe oublié (A7)", () => {
  it("answers the same for an unknown identifier and sends nothing", async () => {
    const unknown = `inconnu-${uniq()}@example.fr`;
    await expect(requestPasswordReset(unknown)).resolves.toBeUndefined();
    expect(await db.emailOutbox.count({ where: { to: unknown } })).toBe(0);
  });

  it("sends the link of an account without e-mail to its referent, and refuses an expired link", async () => {
    await requestPasswordReset(DEMO.learnerWithUniqueId.toLowerCase());
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: "referent@cst-demo.fr", template: "password-reset", text: { contains: DEMO.learnerWithUniqueId } },
      orderBy: { createdAt: "desc" },
    });
    const token = linkIn(mail.text);
    const later = new Date(Date.now() + 73 * 3600_000);
    await expect(setPasswordWithToken(token, "Trop-Tard-2026", later)).rejects.toThrow("expiré");
  });
});
