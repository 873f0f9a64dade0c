// A3/G1: a member company's request, its approval by an administrator (member number,
// login by that number) or its refusal (identifiers freed), and the member space's overview.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { loadViewer } from "@/lib/auth/viewer";
import { canOpen } from "@/lib/auth/spaces";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { solveProofOfWork } from "@/tests/helpers/pow";
import { registrationSchema } from "@/lib/companies/company.schema";
import { registerSubcontractor, requestMembership } from "@/lib/companies/register-company";
import { approveMemberRequest, listMemberRequests, rejectMemberRequest } from "@/lib/companies/member-requests";
import { getPassportOverview } from "@/lib/companies/passport-overview";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { UserFacingError } from "@/lib/errors";
import { DEMO, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const PASSWORD = "Adherent-Mot-2026";

async function request(over: Record<string, unknown> = {}) {
  const { challenge, difficulty } = newChallenge();
  const email = `adhesion-${uniq()}@example.fr`;
  return registrationSchema.parseAsync({
    useVat: false,
    siret: newSiret(),
    name: `Granulats ${uniq()}`,
    regions: ["OCCITANIE"],
    referentLastName: "Martel",
    referentFirstName: "Marie",
    referentEmail: email,
    referentEmailConfirmation: email,
    newPassword: PASSWORD,
    passwordConfirmation: PASSWORD,
    challenge,
    nonce: await solveProofOfWork(challenge, difficulty),
    ...over,
  });
}

describe("member company request (A3)", () => {
  it("files a request that cannot log in until an administrator approves it and assigns the member number", async () => {
    const input = await request();
    const { companyId } = await requestMembership(input);
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      kind: "MEMBER",
      status: "PENDING",
      memberNumber: null,
    });
    expect((await verifyCredentials(input.referentEmail, PASSWORD, null)).ok).toBe(false);
    expect(await db.emailOutbox.count({ where: { to: input.referentEmail, template: "member-requested" } })).toBe(1);
    expect(
      await db.emailOutbox.count({ where: { to: DEMO.admin, template: "member-request-admin", subject: { contains: input.name } } }),
    ).toBe(1);

    const admin = await viewerOf(DEMO.admin);
    expect((await listMemberRequests(admin)).pending.map((c) => c.id)).toContain(companyId);
    await expect(approveMemberRequest(await viewerOf(DEMO.member), companyId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(approveMemberRequest(await viewerOf(DEMO.trainer), companyId)).rejects.toBeInstanceOf(AccessDeniedError);

    const { memberNumber } = await approveMemberRequest(admin, companyId);
    expect(memberNumber).toMatch(/^A\d{5,}$/);
    const byNumber = await verifyCredentials(memberNumber.toLowerCase(), PASSWORD, null);
    expect(byNumber.ok).toBe(true);
    const viewer = (await loadViewer((byNumber as { accountId: string }).accountId))!;
    expect(canOpen(viewer, "adherent")).toBe(true);
    expect(canOpen(viewer, "entreprise")).toBe(false);
    expect(
      await db.emailOutbox.count({ where: { to: input.referentEmail, template: "member-approved", subject: { contains: memberNumber } } }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { companyId, action: { in: ["company.member_requested", "company.member_approved"] } } })).toBe(
      2,
    );

    const again = await approveMemberRequest(admin, companyId).catch((e) => e);
    expect(again).toBeInstanceOf(UserFacingError);
    expect(again.message).toContain("déjà été traitée");
  });

  it("numbers approvals without reuse, and a refusal frees the SIRET and the e-mail", async () => {
    const admin = await viewerOf(DEMO.admin);
    const [a, b] = [await request(), await request()];
    const first = await approveMemberRequest(admin, (await requestMembership(a)).companyId);
    const second = await approveMemberRequest(admin, (await requestMembership(b)).companyId);
    expect(Number(second.memberNumber.slice(1))).toBeGreaterThan(Number(first.memberNumber.slice(1)));

    const refused = await request();
    const { companyId } = await requestMembership(refused);
    await rejectMemberRequest(admin, companyId);
    expect(await db.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      status: "REJECTED",
      siret: null,
      accountId: null,
    });
    expect((await verifyCredentials(refused.referentEmail, PASSWORD, null)).ok).toBe(false);
    // the same company may now register as a subcontractor with the same SIRET and e-mail
    await registerSubcontractor(
      await request({ siret: refused.siret, referentEmail: refused.referentEmail, referentEmailConfirmation: refused.referentEmail }),
    );
  });
});

describe("member space overview (G1)", () => {
  it("counts the company's passports and lists its trainers and controllers, for its own people only", async () => {
    const member = await viewerOf(DEMO.member);
    const o = await getPassportOverview(member);
    expect(o.valid + o.expired + o.never).toBe(o.total);
    expect(o.trainers).toContain("Sophie DURAND");
    expect(o.controllers).toContain("Marc LEROY");
    const referent = await getPassportOverview(await viewerOf(DEMO.referent));
    expect(referent.trainers).not.toContain("Sophie DURAND");
    await expect(getPassportOverview(await viewerOf(DEMO.learnerWithEmail))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
