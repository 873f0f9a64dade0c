// Issue 17, item 1: the trainer role is a request that takes effect only when an
// administrator approves it, until an end date; refusal, withdrawal and expiry close the
// trainer space at the next request.
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen } from "@/lib/auth/spaces";
import { AccessDeniedError } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { createEmployee } from "@/lib/people/create-employee";
import { updateEmployee } from "@/lib/people/manage-employee";
import { approveAccreditation, listAccreditations, refuseAccreditation, withdrawAccreditation } from "@/lib/people/trainer-accreditation";
import type { EmployeeInput } from "@/lib/people/employee.schema";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const input = (email: string): EmployeeInput => ({
  firstName: "Fanny",
  lastName: `Formée${uniq()}`,
  noEmail: false,
  email,
  isHauler: false,
  isTechnical: true,
  isTrainer: true,
  isController: false,
  hasSnbpe: false,
});

async function requested(space: "member" | "referent" = "member") {
  const email = `habilitation-${uniq()}@example.fr`;
  const company = await viewerOf(space === "member" ? DEMO.member : DEMO.referent);
  const created = await createEmployee(company, input(email));
  const person = await db.person.findUniqueOrThrow({ where: { id: created.personId }, select: { accountId: true } });
  const request = await db.trainerAccreditation.findFirstOrThrow({ where: { personId: created.personId } });
  return { company, email, personId: created.personId, accountId: person.accountId, request };
}

const trainerSpace = async (accountId: string, now = new Date()) => canOpen((await loadViewer(accountId, undefined, now))!, "formateur");

describe("trainer accreditation", () => {
  it("a company's designation is a request: no trainer space, administrators told", async () => {
    const before = new Date();
    const { company, accountId, request } = await requested();
    expect(request).toMatchObject({ status: "REQUESTED", requestedById: company.accountId, validUntil: null });
    expect(await trainerSpace(accountId)).toBe(false);
    const adminMail = await db.emailOutbox.findFirst({
      where: { to: DEMO.admin, template: "accreditation-requested-admin", createdAt: { gte: before } },
    });
    expect(adminMail?.text).toContain("/admin/habilitations");
    const queue = await listAccreditations(await viewerOf(DEMO.admin));
    expect(queue.pending.map((r) => r.id)).toContain(request.id);
  });

  it("only administrators decide", async () => {
    const { request } = await requested();
    for (const who of [DEMO.member, DEMO.referent, DEMO.trainer, DEMO.controller, DEMO.learnerWithEmail]) {
      const viewer = await viewerOf(who);
      await expect(
        approveAccreditation(viewer, { accreditationId: request.id, validUntil: new Date(Date.now() + DAY) }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(refuseAccreditation(viewer, { accreditationId: request.id, reason: "non" })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(listAccreditations(viewer)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect((await db.trainerAccreditation.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REQUESTED");
  });

  it("approval opens the trainer space until the end date; the requester and the person are told; audited", async () => {
    const { email, accountId, request, personId } = await requested();
    const { lastName } = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { lastName: true } });
    const admin = await viewerOf(DEMO.admin);
    const validUntil = new Date(Date.now() + 30 * DAY);
    await approveAccreditation(admin, { accreditationId: request.id, validUntil });
    expect(await trainerSpace(accountId)).toBe(true);
    // expiry closes it, with nobody doing anything
    expect(await trainerSpace(accountId, new Date(validUntil.getTime() + 1000))).toBe(false);
    const told = await db.emailOutbox.findMany({
      where: {
        template: "accreditation-approved",
        to: { in: [email, "adherent@gvl-demo.fr"] },
        subject: { contains: lastName.toUpperCase() },
      },
    });
    expect(told.map((m) => m.to).sort()).toEqual(["adherent@gvl-demo.fr", email].sort());
    expect(
      await db.auditLog.findFirst({ where: { action: "accreditation.approved", targetId: personId, actorAccountId: admin.accountId } }),
    ).not.toBeNull();
    await expect(approveAccreditation(admin, { accreditationId: request.id, validUntil })).rejects.toThrow(
      "Cette demande a déjà été traitée.",
    );
  });

  it("refuses end dates in the past or more than five years away, on the field", async () => {
    const { request } = await requested();
    const admin = await viewerOf(DEMO.admin);
    const past = await approveAccreditation(admin, { accreditationId: request.id, validUntil: new Date(Date.now() - DAY) }).catch((e) => e);
    expect(past).toBeInstanceOf(UserFacingError);
    expect(past.fieldErrors).toEqual({ validUntil: "La date de fin doit être dans le futur." });
    const far = await approveAccreditation(admin, { accreditationId: request.id, validUntil: new Date(Date.now() + 6 * 365 * DAY) }).catch(
      (e) => e,
    );
    expect(far.fieldErrors).toEqual({ validUntil: "Une habilitation dure au plus 5 ans." });
  });

  it("refusal keeps the space closed and tells the requester why", async () => {
    const { accountId, request, personId } = await requested("referent");
    const { lastName } = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { lastName: true } });
    await refuseAccreditation(await viewerOf(DEMO.admin), { accreditationId: request.id, reason: "Formation de formateur non justifiée." });
    expect(await trainerSpace(accountId)).toBe(false);
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: "referent@cst-demo.fr", template: "accreditation-refused", subject: { contains: lastName.toUpperCase() } },
    });
    expect(mail.text).toContain("Motif\u202f: Formation de formateur non justifiée.");
  });

  it("withdrawal by an administrator, or by the company unticking the box, closes the space", async () => {
    const admin = await viewerOf(DEMO.admin);
    const first = await requested();
    await approveAccreditation(admin, { accreditationId: first.request.id, validUntil: new Date(Date.now() + 30 * DAY) });
    await withdrawAccreditation(admin, { accreditationId: first.request.id, reason: "Ne fait plus partie des formateurs." });
    expect(await trainerSpace(first.accountId)).toBe(false);

    const second = await requested();
    await approveAccreditation(admin, { accreditationId: second.request.id, validUntil: new Date(Date.now() + 30 * DAY) });
    expect(await trainerSpace(second.accountId)).toBe(true);
    const person = await db.person.findUniqueOrThrow({ where: { id: second.personId } });
    await updateEmployee(second.company, {
      personId: second.personId,
      firstName: person.firstName,
      lastName: person.lastName,
      profileCode: "TECHNIQUE",
      isTrainer: false,
      isController: false,
    });
    expect(await trainerSpace(second.accountId)).toBe(false);
    expect((await db.trainerAccreditation.findUniqueOrThrow({ where: { id: second.request.id } })).status).toBe("WITHDRAWN");
  });

  it("a stored TRAINER role alone opens nothing", async () => {
    const { accountId, personId } = await requested();
    await db.person.update({ where: { id: personId }, data: { roles: ["TRAINER"] } });
    expect(await trainerSpace(accountId)).toBe(false);
  });
});
