// Issue 11, item 3: the administrators' companies: the list (search, filters, sort, pages),
// a company's record, and each action (suspend, reactivate, change the referent, merge a
// typed company; member requests) with its audit entry, refused to every other visitor.
// The session lookup is replaced by a chosen viewer; everything else is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { loadSessionState, loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { logIn, verifyCredentials } from "@/lib/auth/verify-credentials";
import { companyListQuerySchema } from "@/lib/companies/company-list.schema";
import { listCompanies } from "@/lib/companies/list-companies";
import { getCompanyRecord } from "@/lib/companies/company-record";
import { mergeTypedCompany } from "@/lib/companies/merge-company";
import { hashPassword } from "@/lib/auth/password";
import { searchCompanies } from "@/lib/companies/search-companies";
import { acceptHandover } from "@/lib/companies/referent-handover";
import { DEMO, DEMO_PASSWORD, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany, typedCompany } from "@/tests/helpers/companies";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import {
  approveMemberRequestAction,
  changeReferentAction,
  mergeCompanyAction,
  reactivateCompanyAction,
  rejectMemberRequestAction,
  suspendCompanyAction,
} from "@/lib/companies/actions";

afterAll(() => db.$disconnect());

const OTHERS = ["referent", "member", "learnerWithEmail", "trainer", "controller"] as const;
let admin: Viewer;
let others: [string, Viewer | null][];

beforeAll(async () => {
  admin = await viewerOf(DEMO.admin);
  others = [["anonyme", null], ...(await Promise.all(OTHERS.map(async (k) => [k, await viewerOf(DEMO[k])] as [string, Viewer])))];
});

/** Calls the action as every visitor but an administrator: each is refused, and nothing is audited. */
async function refusedToEveryoneElse(action: (input: never) => Promise<{ ok: boolean; error?: string }>, input: object) {
  const before = await db.auditLog.count();
  for (const [who, viewer] of others) {
    current = viewer;
    const result = await action(input as never);
    expect({ who, ok: result.ok, error: result.error }).toEqual({
      who,
      ok: false,
      error: viewer ? "Accès refusé." : "Votre session a expiré\u202f: reconnectez-vous.",
    });
  }
  current = null;
  expect(await db.auditLog.count()).toBe(before);
}

/** Runs an action as the demo administrator (its result's `error` read whatever the outcome). */
async function asAdmin<T extends object>(run: () => Promise<T>): Promise<T & { error?: string }> {
  current = admin;
  try {
    return (await run()) as T & { error?: string };
  } finally {
    current = null;
  }
}

const query = (q: Record<string, unknown>) => companyListQuerySchema.parse(q);

describe("the companies list", () => {
  it("finds a company whatever the case and accents, by SIRET, member number or VAT number, and filters it", async () => {
    const tag = uniq();
    const company = await registeredCompany({ name: `Électricité Générale ${tag}`, regions: ["CORSE"] });
    const ids = async (q: Record<string, unknown>) => (await listCompanies(admin, query(q))).rows.map((r) => r.id);
    expect(await ids({ q: `electricite generale ${tag}` })).toEqual([company.id]);
    expect(await ids({ q: `ÉLECTRICITÉ GÉNÉRALE ${tag.toUpperCase()}` })).toEqual([company.id]);
    // an accented capital stored in the name folds too (accents removed before the case)
    const other = uniq();
    const capitals = await registeredCompany({ name: `ÉTABLISSEMENTS ÉCOLE ${other}` });
    expect(await ids({ q: `etablissements ecole ${other}` })).toEqual([capitals.id]);
    expect(await ids({ q: company.siret!.slice(0, 9) })).toContain(company.id);
    expect(await ids({ q: tag, region: "CORSE", type: "SUBCONTRACTOR", etat: "ACTIVE" })).toEqual([company.id]);
    expect(await ids({ q: tag, region: "BRETAGNE" })).toEqual([]);
    expect(await ids({ q: tag, type: "MEMBER" })).toEqual([]);
    expect(await ids({ q: tag, etat: "SUSPENDED" })).toEqual([]);
    expect(await ids({ q: "a10427" })).toContain((await db.company.findUniqueOrThrow({ where: { memberNumber: "A10427" } })).id);
    // wildcards typed by the visitor are searched as characters
    expect(await ids({ q: "%" })).toEqual(await ids({ q: "%%%%" }));
  });

  it("sorts, pages and survives any query string", async () => {
    const page1 = await listCompanies(admin, query({ tri: "-date" }));
    const dates = page1.rows.map((r) => r.createdAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(page1.total).toBe(await db.company.count());
    const messy = query({ q: ["x", "y"], type: "AUTRE", etat: "'; drop", region: 12, tri: "n'importe", page: "-4" });
    expect(messy).toEqual({ q: "x", type: undefined, etat: undefined, region: undefined, tri: "-date", page: 1 });
    const byName = (await listCompanies(admin, query({ tri: "nom" }))).rows.map((r) => r.name.toLowerCase());
    expect([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(byName);
  });

  it("lists the member requests and the typed companies through their filters", async () => {
    const typed = await typedCompany(1, 0);
    const rows = (await listCompanies(admin, query({ etat: "saisies", q: typed.name }))).rows;
    expect(rows.map((r) => r.id)).toEqual([typed.id]);
    // typed in the session wizard, it has no regions (a NULL array in the table): listed as none
    expect(rows[0]).toMatchObject({ regions: [], hasLogin: false, people: 1, kind: "SUBCONTRACTOR", status: "PENDING" });
    expect((await listCompanies(admin, query({ etat: "demandes", q: typed.name }))).rows).toEqual([]);
  });

  it("is refused to everyone but administrators, and so is a company's record", async () => {
    const company = await registeredCompany();
    for (const [, viewer] of others) {
      await expect(listCompanies(viewer as Viewer, query({}))).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(getCompanyRecord(viewer as Viewer, company.id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const record = await getCompanyRecord(admin, company.id);
    expect(record).toMatchObject({ name: company.name, hasLogin: true, typed: false, account: { email: company.email } });
    expect(await getCompanyRecord(admin, "pas-un-id")).toBeNull();
  });
});

describe("suspension", () => {
  it("refuses the company's login and ends its open session at once; people and passports stay as they were", async () => {
    const company = await registeredCompany();
    const opened = await logIn(company.email, DEMO_PASSWORD, "192.0.2.31");
    if (!opened.ok) throw new Error("login failed");
    expect((await loadSessionState(opened.sessionId)).status).toBe("ACTIVE");
    // a worker of the company with their own login and a passport (typed by a trainer, then merged)
    const typed = await typedCompany(1, 1);
    await mergeTypedCompany(admin, { companyId: typed.id, targetId: company.id });
    const worker = await db.person.findFirstOrThrow({ where: { companyId: company.id }, select: { id: true, account: true } });
    await db.account.update({
      where: { id: worker.account.id },
      data: { passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false },
    });
    const passportsOf = () =>
      db.passport.findMany({
        where: { companyId: company.id },
        select: { id: true, status: true, expiresAt: true },
        orderBy: { id: "asc" },
      });
    const passportsBefore = await passportsOf();
    expect(passportsBefore).toHaveLength(1);

    await refusedToEveryoneElse(suspendCompanyAction, { companyId: company.id, reason: "Cotisation impayée" });
    expect(await asAdmin(() => suspendCompanyAction({ companyId: company.id, reason: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.stringContaining("motif") },
    });
    expect(await asAdmin(() => suspendCompanyAction({ companyId: company.id, reason: "Cotisation impayée" }))).toEqual({
      ok: true,
      data: null,
    });

    expect(await db.company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({
      status: "SUSPENDED",
      suspendedAt: expect.any(Date),
    });
    expect(await loadSessionState(opened.sessionId)).toEqual({ status: "NONE", reason: "DISABLED" });
    expect(await loadViewer(company.accountId)).toBeNull();
    expect(await verifyCredentials(company.email, DEMO_PASSWORD, "192.0.2.31")).toEqual({ ok: false, reason: "INVALID" });
    expect(await db.auditLog.findFirst({ where: { action: "company.suspended", targetId: company.id } })).toMatchObject({
      actorAccountId: admin.accountId,
      companyId: company.id,
      data: { reason: "Cotisation impayée", sessionsEnded: 1 },
    });
    expect(await db.emailOutbox.count({ where: { to: company.email, template: "company-suspended" } })).toBe(1);
    expect((await asAdmin(() => suspendCompanyAction({ companyId: company.id, reason: "encore" }))).error).toContain("déjà suspendue");

    // its worker keeps their own login, their learner space and their passport
    expect((await verifyCredentials(worker.account.uniqueId!, DEMO_PASSWORD, "192.0.2.31")).ok).toBe(true);
    expect((await loadViewer(worker.account.id))?.person?.id).toBe(worker.id);
    expect(await passportsOf()).toEqual(passportsBefore);

    await refusedToEveryoneElse(reactivateCompanyAction, { companyId: company.id });
    expect(await asAdmin(() => reactivateCompanyAction({ companyId: company.id }))).toEqual({ ok: true, data: null });
    expect((await verifyCredentials(company.email, DEMO_PASSWORD, "192.0.2.31")).ok).toBe(true);
    // the session open before the suspension stays closed
    expect((await loadSessionState(opened.sessionId)).status).toBe("NONE");
    expect(
      await db.auditLog.count({ where: { action: "company.reactivated", targetId: company.id, actorAccountId: admin.accountId } }),
    ).toBe(1);
    expect((await asAdmin(() => reactivateCompanyAction({ companyId: company.id }))).error).toContain("n'est pas suspendue");
  });

  it("leaves a suspended company in the trainers' company search, out of the public one", async () => {
    const company = await registeredCompany({ name: `Suspendue ${uniq()}` });
    await asAdmin(() => suspendCompanyAction({ companyId: company.id, reason: "Essai" }));
    expect((await searchCompanies(company.name)).map((c) => c.id)).toEqual([company.id]);
    expect(await searchCompanies(company.name, { registeredOnly: true })).toEqual([]);
  });

  it("only suspends an active company", async () => {
    const typed = await typedCompany(1, 0);
    expect((await asAdmin(() => suspendCompanyAction({ companyId: typed.id, reason: "Essai" }))).error).toContain("active");
    expect((await asAdmin(() => suspendCompanyAction({ companyId: "inconnue000000", reason: "Essai" }))).error).toBe(
      "Entreprise introuvable.",
    );
  });
});

describe("change of referent", () => {
  it("invites the new referent, who takes the company login over once they accept", async () => {
    const company = await registeredCompany();
    const email = `nouveau-${uniq()}@example.fr`;
    const input = { companyId: company.id, lastName: "Neuf", firstName: "Nina", email, emailConfirmation: email };
    await refusedToEveryoneElse(changeReferentAction, input);
    expect(await asAdmin(() => changeReferentAction({ ...input, emailConfirmation: "autre@example.fr" }))).toMatchObject({
      ok: false,
      fieldErrors: { emailConfirmation: expect.any(String) },
    });
    expect(await asAdmin(() => changeReferentAction({ ...input, email: DEMO.referent, emailConfirmation: DEMO.referent }))).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.stringContaining("déjà celle d'un autre compte") },
    });
    const result = await asAdmin(() => changeReferentAction(input));
    expect(result.ok).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "referent.changed_by_admin", targetId: company.id } })).toMatchObject({
      actorAccountId: admin.accountId,
      data: { from: company.email, to: email },
    });
    expect(await db.emailOutbox.count({ where: { to: company.email, template: "referent-handover-requested" } })).toBe(1);
    const invitation = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "referent-invitation" } });
    expect(invitation.text).toContain("L'administration du Passeport Sécurité vous désigne");
    expect((await getCompanyRecord(admin, company.id))?.pendingHandover).toMatchObject({ newEmail: email });

    const token = /\/relais\/([A-Za-z0-9_-]+)/.exec(invitation.text)![1];
    await acceptHandover(token, "Gravier-Rouge-Lundi-26");
    expect(await db.company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({
      referentEmail: email,
      referentFirstName: "Nina",
    });
    expect((await verifyCredentials(email, "Gravier-Rouge-Lundi-26", "192.0.2.32")).ok).toBe(true);
  });

  it("is refused for a company without a login", async () => {
    const typed = await typedCompany(1, 0);
    const email = `nouveau-${uniq()}@example.fr`;
    const result = await asAdmin(() =>
      changeReferentAction({ companyId: typed.id, lastName: "Neuf", firstName: "Nina", email, emailConfirmation: email }),
    );
    expect(result.error).toContain("inscrite");
  });
});

describe("merge of a company typed by a trainer", () => {
  async function snapshot(companyId: string) {
    const [people, participants, passports] = await Promise.all([
      db.person.findMany({ where: { companyId }, select: { id: true }, orderBy: { id: "asc" } }),
      db.sessionParticipant.findMany({ where: { companyId }, select: { id: true }, orderBy: { id: "asc" } }),
      db.passport.findMany({ where: { companyId }, select: { id: true }, orderBy: { id: "asc" } }),
    ]);
    return { people: people.map((r) => r.id), participants: participants.map((r) => r.id), passports: passports.map((r) => r.id) };
  }

  it("moves its people, participations and passports to the registered company, then deletes it, audited", async () => {
    const typed = await typedCompany(3, 2);
    const target = await registeredCompany();
    const before = await snapshot(typed.id);
    expect(before.people).toHaveLength(3);
    expect(before.passports).toHaveLength(2);
    const typedRecord = await getCompanyRecord(admin, typed.id);
    expect(typedRecord).toMatchObject({ typed: true, enteredBy: { by: DEMO.trainer }, regions: [], account: null, pendingHandover: null });

    await refusedToEveryoneElse(mergeCompanyAction, { companyId: typed.id, targetId: target.id });
    const result = await asAdmin(() => mergeCompanyAction({ companyId: typed.id, targetId: target.id }));
    expect(result).toEqual({ ok: true, data: { people: 3, participants: 3, passports: 2 } });

    expect(await db.company.findUnique({ where: { id: typed.id } })).toBeNull();
    expect(await snapshot(typed.id)).toEqual({ people: [], participants: [], passports: [] });
    expect(await snapshot(target.id)).toEqual(before);
    expect(await db.auditLog.findFirst({ where: { action: "company.merged", targetId: typed.id } })).toMatchObject({
      actorAccountId: admin.accountId,
      companyId: target.id,
      data: { from: { id: typed.id, name: typed.name }, into: { id: target.id }, people: 3, participants: 3, passports: 2 },
    });
    expect(await db.emailOutbox.count({ where: { to: target.email, template: "company-merged" } })).toBe(1);
    // the passports now say the registered company at the gate and in its space
    const record = await getCompanyRecord(admin, target.id);
    expect(record?.peopleCount).toBe(3);
    expect(record?.overview.valid).toBe(2);
  });

  it("merges only a typed company into an active registered one", async () => {
    const typed = await typedCompany(1, 0);
    const other = await typedCompany(1, 0);
    const target = await registeredCompany();
    const refused = async (companyId: string, targetId: string) => (await asAdmin(() => mergeCompanyAction({ companyId, targetId }))).error;
    expect(await refused(target.id, typed.id)).toContain("saisie par un formateur");
    expect(await refused(typed.id, other.id)).toContain("inscrite et active");
    expect(await refused(typed.id, typed.id)).toContain("autre entreprise");
    await db.company.update({ where: { id: target.id }, data: { status: "SUSPENDED" } });
    expect(await refused(typed.id, target.id)).toContain("inscrite et active");
    expect(await db.company.count({ where: { id: { in: [typed.id, other.id] } } })).toBe(2);
  });

  it("leaves everything as it was when it fails midway", async () => {
    const typed = await typedCompany(2, 1);
    const target = await registeredCompany();
    const [beforeTyped, beforeTarget, audits] = [await snapshot(typed.id), await snapshot(target.id), await db.auditLog.count()];
    // the last step (the typed company's deletion) fails, after every row was moved
    const fn = `refuse_merge_${uniq()}`;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'panne simulée'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "${fn}" BEFORE DELETE ON "Company" FOR EACH ROW WHEN (OLD."id" = '${typed.id}') EXECUTE FUNCTION "${fn}"()`,
    );
    try {
      await expect(mergeTypedCompany(admin, { companyId: typed.id, targetId: target.id })).rejects.toThrow("panne simulée");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "${fn}" ON "Company"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "${fn}"()`);
    }
    expect(await snapshot(typed.id)).toEqual(beforeTyped);
    expect(await snapshot(target.id)).toEqual(beforeTarget);
    expect(await db.company.count({ where: { id: typed.id } })).toBe(1);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.emailOutbox.count({ where: { to: target.email } })).toBe(0);
    // and once the failure is gone, the merge goes through
    expect(await mergeTypedCompany(admin, { companyId: typed.id, targetId: target.id })).toEqual({
      people: 2,
      participants: 2,
      passports: 1,
    });
  });
});

describe("member requests", () => {
  it("are approved and refused by administrators only", async () => {
    const member = await db.company.create({
      data: {
        kind: "MEMBER",
        status: "PENDING",
        name: `Demande ${uniq()}`,
        regions: ["CORSE"],
        referentFirstName: "Marie",
        referentLastName: "Martel",
        referentEmail: `demande-${uniq()}@example.fr`,
      },
      select: { id: true },
    });
    await refusedToEveryoneElse(approveMemberRequestAction, { companyId: member.id });
    await refusedToEveryoneElse(rejectMemberRequestAction, { companyId: member.id });
    expect(await asAdmin(() => rejectMemberRequestAction({ companyId: member.id }))).toEqual({ ok: true, data: null });
    expect(
      await db.auditLog.count({ where: { action: "company.member_rejected", targetId: member.id, actorAccountId: admin.accountId } }),
    ).toBe(1);
  });
});
