import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { getMyInformation, updateMyInformation } from "@/lib/people/my-information";
import { getPathView } from "@/lib/learning/path-view";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const prefs = {
  notifyBeforeExpiry: false,
  notifyNewTasks: true,
  notifyMessages: false,
  notifyBeforeExpiryInApp: true,
  notifyNewTasksInApp: false,
  notifyMessagesInApp: true,
};

describe("MES INFORMATIONS (D2)", () => {
  it("changes the profile from the two questions, and the path follows", async () => {
    const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
    const admin = await db.profile.findUniqueOrThrow({ where: { code: "ADMINISTRATIF" } });
    const account = await db.account.create({ data: { email: `infos-${uniq()}@example.fr`, mustSetPassword: false } });
    await db.person.create({
      data: { accountId: account.id, companyId: company.id, firstName: "Iris", lastName: "Infos", profileId: admin.id },
    });
    const viewer = (await loadViewer(account.id))!;
    expect((await getPathView(viewer))!.profileName).toBe("Salarié administratif");

    expect(await updateMyInformation(viewer, { isHauler: true, isTechnical: true, ...prefs })).toEqual({
      profileName: "Transporteur",
      profileChanged: true,
    });
    const after = (await loadViewer(account.id))!;
    const path = (await getPathView(after))!;
    expect(path.profileName).toBe("Transporteur");
    expect(path.modules.map((m) => m.title)).toContain("Chargement, bâchage et pesage");
    expect(await getMyInformation(after)).toMatchObject({ isHauler: true, isTechnical: true, ...prefs, profile: { name: "Transporteur" } });

    expect((await updateMyInformation(after, { isHauler: false, isTechnical: true, ...prefs })).profileName).toBe("Salarié technique");
    const log = await db.auditLog.count({ where: { targetId: after.person!.id, action: "person.self-update" } });
    expect(log).toBe(2);
  });

  it("is refused to a company login", async () => {
    await expect(getMyInformation(await viewerOf(DEMO.referent))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
