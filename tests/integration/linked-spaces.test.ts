// C1–C4 on the real database: linking a company login to the referent's user account,
// splitting it again, and handing the company over to a new referent by invitation.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen, spaceChoices } from "@/lib/auth/spaces";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { setPasswordWithToken } from "@/lib/auth/password-reset";
import { linkExistingAccount, linkNewAccount, splitSpaces } from "@/lib/companies/space-link";
import { acceptHandover, cancelHandover, getPendingHandover, readInvitation, requestHandover } from "@/lib/companies/referent-handover";
import { handoverSchema } from "@/lib/companies/referent-handover.schema";
import { getEmployeeForEdit, deleteEmployee } from "@/lib/people/manage-employee";
import { getPassportsForPrint } from "@/lib/passports/passport-access";
import { listEmployees } from "@/lib/people/list-employees";
import { UserFacingError } from "@/lib/errors";
import { DEMO, passportIdOf, viewerOf } from "@/tests/helpers/demo";
import { COMPANY_PASSWORD, USER_PASSWORD, companyWithTrainerReferent } from "@/tests/helpers/linked-company";

afterAll(() => db.$disconnect());

/** Everything that linking and splitting must leave as it was. */
async function snapshot(companyId: string, personId: string) {
  const company = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { name: true, siret: true, regions: true, referentEmail: true, referentFirstName: true, referentLastName: true, status: true },
  });
  const person = await db.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      firstName: true,
      lastName: true,
      companyId: true,
      profileId: true,
      roles: true,
      isHauler: true,
      isTechnical: true,
      deletedAt: true,
      blockedAt: true,
    },
  });
  const passports = await db.passport.findMany({ where: { personId }, select: { number: true, status: true, expiresAt: true } });
  const paths = await db.learningPath.count({ where: { personId } });
  const employees = await db.person.count({ where: { companyId } });
  return { company, person, passports, paths, employees };
}

const address = null;

describe("Lier vos espaces (C1) and the augmented space (C2)", () => {
  it("links with the user account's credentials: one login opens both spaces, nothing else changes", async () => {
    const c = await companyWithTrainerReferent();
    const before = await snapshot(c.company.id, c.person.id);

    const wrong = await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail, password: "pas-le-bon-2026" }).catch(
      (e) => e,
    );
    expect(wrong).toBeInstanceOf(UserFacingError);
    expect(wrong.fieldErrors.password).toContain("incorrect");
    expect(await db.spaceLink.count({ where: { companyId: c.company.id } })).toBe(0);

    const own = await linkExistingAccount(await c.companyViewer(), { identifier: c.companyEmail, password: COMPANY_PASSWORD }).catch(
      (e) => e,
    );
    expect(own.fieldErrors.identifier).toContain("compte entreprise");

    await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail.toUpperCase(), password: USER_PASSWORD });
    expect(await snapshot(c.company.id, c.person.id)).toEqual(before);

    // the company login now opens the company, the collaborator and the trainer spaces
    const login = await verifyCredentials(c.companyEmail, COMPANY_PASSWORD, address);
    expect(login.ok).toBe(true);
    const viewer = (await loadViewer(c.companyAccount.id))!;
    expect(viewer.company?.id).toBe(c.company.id);
    expect(viewer.person?.id).toBe(c.person.id);
    expect(spaceChoices(viewer, "entreprise").map((s) => s.label)).toEqual([
      "ESPACE ENTREPRISE",
      "ESPACE COLLABORATEUR",
      "ESPACE FORMATEUR",
    ]);
    // the former personal login no longer opens anything
    expect((await verifyCredentials(c.userEmail, USER_PASSWORD, address)).ok).toBe(false);
    expect(await loadViewer(c.userAccount.id)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "spaces.linked", companyId: c.company.id } })).toBe(1);

    // the link is once only
    const again = await linkNewAccount(viewer, { firstName: "A", lastName: "B", isHauler: false, isTechnical: false }).catch((e) => e);
    expect(again).toBeInstanceOf(UserFacingError);
  });

  it("creates the user account during the procedure when there is none", async () => {
    const c = await companyWithTrainerReferent();
    const created = await linkNewAccount(await c.companyViewer(), {
      firstName: "Nina",
      lastName: `Neuve${c.tag}`,
      isHauler: true,
      isTechnical: false,
    });
    expect(created.profileName).toBe("Transporteur");
    const viewer = (await loadViewer(c.companyAccount.id))!;
    expect(viewer.person).toMatchObject({ firstName: "Nina", companyId: c.company.id });
    expect(canOpen(viewer, "espace") && canOpen(viewer, "entreprise")).toBe(true);
    expect(canOpen(viewer, "formateur")).toBe(false);
  });

  it("refuses to link a company login, an administrator or an account already linked elsewhere", async () => {
    const a = await companyWithTrainerReferent();
    const b = await companyWithTrainerReferent();
    await linkExistingAccount(await a.companyViewer(), { identifier: a.userEmail, password: USER_PASSWORD });
    // b tries a's company login (not a user account)
    const company = await linkExistingAccount(await b.companyViewer(), {
      identifier: b.companyEmail.replace("entreprise-", "x-"),
      password: "x",
    }).catch((e) => e);
    expect(company).toBeInstanceOf(UserFacingError);
    const otherCompanyLogin = await linkExistingAccount(await b.companyViewer(), {
      identifier: a.companyEmail,
      password: COMPANY_PASSWORD,
    }).catch((e) => e);
    expect(otherCompanyLogin.fieldErrors.identifier).toContain("compte utilisateur");
    // a learner has no company space: the procedure is refused outright
    await expect(
      linkNewAccount(await viewerOf(DEMO.learnerWithEmail), { firstName: "X", lastName: "Y", isHauler: false, isTechnical: false }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("never lets a linked login reach another company", async () => {
    const c = await companyWithTrainerReferent();
    await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail, password: USER_PASSWORD });
    const viewer = (await loadViewer(c.companyAccount.id))!;
    const demoEmployee = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.holder } } });
    await expect(getEmployeeForEdit(viewer, demoEmployee.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteEmployee(viewer, demoEmployee.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getPassportsForPrint(viewer, [await passportIdOf("PS-2026-7K4M9Q")])).toEqual([]);
    const list = await listEmployees(viewer, { page: 1 });
    expect(list.rows.every((r) => r.lastName.startsWith("Roux"))).toBe(true);
    // and the company cannot delete the person who logs in with its login
    const refused = await deleteEmployee(viewer, c.person.id).catch((e) => e);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused.message).toContain("espaces liés");
  });
});

describe("Distinguer mes espaces (C3)", () => {
  it("gives the user account new credentials; both logins work; the trainer role stays with the user", async () => {
    const c = await companyWithTrainerReferent();
    await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail, password: USER_PASSWORD });
    const before = await snapshot(c.company.id, c.person.id);
    const linked = (await loadViewer(c.companyAccount.id))!;

    const clash = await splitSpaces(linked, { email: c.companyEmail, newPassword: "Autre-Mot-2026" }).catch((e) => e);
    expect(clash.fieldErrors.email).toContain("compte entreprise");

    const newLogin = `distinct-${c.tag}@example.fr`;
    const result = await splitSpaces(linked, { email: newLogin, newPassword: "Distinct-Mot-2026" });
    expect(result).toMatchObject({ companyLogin: c.companyEmail, userLogin: newLogin });
    expect(await snapshot(c.company.id, c.person.id)).toEqual(before);

    const companyLogin = await verifyCredentials(c.companyEmail, COMPANY_PASSWORD, address);
    const userLogin = await verifyCredentials(newLogin, "Distinct-Mot-2026", address);
    expect(companyLogin.ok && userLogin.ok).toBe(true);
    const companyViewer = (await loadViewer(c.companyAccount.id))!;
    expect(companyViewer.person).toBeNull();
    expect(companyViewer.company?.id).toBe(c.company.id);
    const userViewer = (await loadViewer((userLogin as { accountId: string }).accountId))!;
    expect(userViewer.company).toBeNull();
    expect(userViewer.person?.id).toBe(c.person.id);
    expect(canOpen(userViewer, "formateur")).toBe(true);
    // the user's former account was reused: its history stays with them
    expect((userLogin as { accountId: string }).accountId).toBe(c.userAccount.id);
    // its former address and the new one are both told
    const formerEmail = c.userAccount.email!;
    expect(formerEmail).not.toBe(newLogin);
    for (const to of [formerEmail, newLogin]) {
      const notice = await db.emailOutbox.findFirstOrThrow({ where: { to, template: "spaces-split" } });
      expect(notice.text).toContain(`désormais avec l'adresse ${newLogin}`);
    }

    const twice = await splitSpaces(companyViewer, { email: `x-${c.tag}@example.fr`, newPassword: "Distinct-Mot-2026" }).catch((e) => e);
    expect(twice).toBeInstanceOf(AccessDeniedError);
  });

  it("creates a login for a user account that was created in the link procedure", async () => {
    const c = await companyWithTrainerReferent();
    await linkNewAccount(await c.companyViewer(), { firstName: "Olga", lastName: `Seule${c.tag}`, isHauler: false, isTechnical: false });
    const linked = (await loadViewer(c.companyAccount.id))!;
    const personId = linked.person!.id;
    await splitSpaces(linked, { email: `olga-${c.tag}@example.fr`, newPassword: "Olga-Mot-2026-x" });
    const login = await verifyCredentials(`olga-${c.tag}@example.fr`, "Olga-Mot-2026-x", address);
    expect(login.ok).toBe(true);
    expect((await loadViewer((login as { accountId: string }).accountId))!.person?.id).toBe(personId);
  });
});

describe("Passage de relais (C4)", () => {
  const input = (tag: string, over: Partial<Record<string, string>> = {}) =>
    handoverSchema.parse({
      lastName: "Nouvelle",
      firstName: "Nadia",
      email: `nadia-${tag}@example.fr`,
      emailConfirmation: `nadia-${tag}@example.fr`,
      ...over,
    });
  const invitationToken = async (email: string) => {
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: email, template: "referent-invitation" },
      orderBy: { createdAt: "desc" },
    });
    return /\/relais\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  };

  it("invites the new referent, who sets their own password; the old referent's access ends then, all audited", async () => {
    const c = await companyWithTrainerReferent();
    const oldSession = await verifyCredentials(c.companyEmail, COMPANY_PASSWORD, address);
    expect(oldSession.ok).toBe(true);

    const same = await requestHandover(
      await c.companyViewer(),
      input(c.tag, { email: c.companyEmail, emailConfirmation: c.companyEmail }),
    ).catch((e) => e);
    expect(same.fieldErrors.email).toContain("référent actuel");
    const taken = await requestHandover(
      await c.companyViewer(),
      input(c.tag, { email: DEMO.learnerWithEmail, emailConfirmation: DEMO.learnerWithEmail }),
    ).catch((e) => e);
    expect(taken.fieldErrors.email).toContain("autre compte");

    await requestHandover(await c.companyViewer(), input(c.tag));
    expect(await getPendingHandover(await c.companyViewer())).toMatchObject({ newEmail: `nadia-${c.tag}@example.fr` });
    expect(await db.emailOutbox.count({ where: { to: c.companyEmail, template: "referent-handover-requested" } })).toBe(1);
    // nothing changes until the invitation is accepted
    expect((await verifyCredentials(c.companyEmail, COMPANY_PASSWORD, address)).ok).toBe(true);

    const token = await invitationToken(`nadia-${c.tag}@example.fr`);
    expect(await readInvitation(token)).toMatchObject({
      ok: true,
      companyName: c.company.name,
      newReferent: "Nadia NOUVELLE",
      formerReferent: "Rémi ROUX",
    });
    // the generic "set a password" link cannot be used to take the company login
    await expect(setPasswordWithToken(token, "Detourne-Mot-2026")).rejects.toBeInstanceOf(UserFacingError);

    await acceptHandover(token, "Nadia-Mot-2026-ok");
    expect(await db.company.findUniqueOrThrow({ where: { id: c.company.id } })).toMatchObject({
      referentEmail: `nadia-${c.tag}@example.fr`,
      referentFirstName: "Nadia",
      referentLastName: "Nouvelle",
    });
    expect((await verifyCredentials(c.companyEmail, COMPANY_PASSWORD, address)).ok).toBe(false);
    const newLogin = await verifyCredentials(`nadia-${c.tag}@example.fr`, "Nadia-Mot-2026-ok", address);
    expect(newLogin.ok).toBe(true);
    // the old referent's open session ends (the credentials version moved)
    expect(await loadViewer(c.companyAccount.id, (oldSession as { credentialsVersion: number }).credentialsVersion)).toBeNull();
    // the old referent keeps their own user account
    expect((await verifyCredentials(c.userEmail, USER_PASSWORD, address)).ok).toBe(true);
    await expect(acceptHandover(token, "Encore-Mot-2026")).rejects.toBeInstanceOf(UserFacingError);
    const actions = (
      await db.auditLog.findMany({
        where: { companyId: c.company.id, action: { startsWith: "referent.handover" } },
        orderBy: { at: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["referent.handover.requested", "referent.handover.accepted"]);
  });

  it("is refused while the spaces are linked, and a cancelled invitation cannot be used", async () => {
    const c = await companyWithTrainerReferent();
    await linkExistingAccount(await c.companyViewer(), { identifier: c.userEmail, password: USER_PASSWORD });
    const linked = await requestHandover(await c.companyViewer(), input(c.tag)).catch((e) => e);
    expect(linked).toBeInstanceOf(UserFacingError);
    expect(linked.message).toContain("distinguez-les");
    await splitSpaces(await c.companyViewer(), { email: `moi-${c.tag}@example.fr`, newPassword: "Moi-Mot-2026-ok" });

    await requestHandover(await c.companyViewer(), input(c.tag));
    const token = await invitationToken(`nadia-${c.tag}@example.fr`);
    await cancelHandover(await c.companyViewer());
    expect(await readInvitation(token)).toEqual({ ok: false, reason: "CANCELLED" });
    await expect(acceptHandover(token, "Nadia-Mot-2026-ok")).rejects.toBeInstanceOf(UserFacingError);
    expect((await db.company.findUniqueOrThrow({ where: { id: c.company.id } })).referentEmail).toBe(c.companyEmail);
    expect(await db.auditLog.count({ where: { companyId: c.company.id, action: "referent.handover.cancelled" } })).toBe(1);
  });
});
