// Issue 18, item 4: quarry sites, the site of each check, "Contrôles sur mes sites" (filters,
// keyset pages, CSV) and a worker's own check history; every other role is refused.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { checkAtGate } from "@/lib/passports/check-at-gate";
import { archiveSite, createSite, listControllerSites, listOwnSites } from "@/lib/sites/sites";
import { listOwnPassportChecks, listSiteChecks, siteChecksCsv, SITE_CHECKS_PAGE_SIZE } from "@/lib/sites/site-checks";
import { DEMO, passportIdOf, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => "192.0.2.181" }));

import { archiveSiteAction, createSiteAction } from "@/lib/sites/actions";
import { checkPassportAction } from "@/lib/passports/actions";

afterAll(() => db.$disconnect());

async function otherMemberCompany() {
  const company = await registeredCompany();
  await db.company.update({ where: { id: company.id }, data: { kind: "MEMBER", memberNumber: `T${uniq().slice(-7).toUpperCase()}` } });
  return { ...company, viewer: await viewerOf(company.email) };
}

describe("quarry sites", () => {
  it("a member company declares a site, its controller checks there, and the check names it", async () => {
    const member = await viewerOf(DEMO.member);
    const name = `Carrière du Test ${uniq()}`;
    const site = await createSite(member, { name, commune: "Angers" });
    expect((await listOwnSites(member)).map((s) => s.name)).toContain(name);

    const controller = await viewerOf(DEMO.controller);
    expect((await listControllerSites(controller)).map((s) => s.id)).toContain(site.id);
    current = controller;
    const res = await checkPassportAction({ value: "ps20267k4m9q", siteId: site.id });
    expect(res).toMatchObject({ ok: true, data: { result: "VALID" } });
    const logged = await db.passportCheck.findFirstOrThrow({ where: { siteId: site.id } });
    expect(logged).toMatchObject({
      companyId: (await viewerOf(DEMO.member)).company!.id,
      result: "VALID",
      checkedById: controller.person!.id,
    });

    // the worker sees where and when
    const holder = await viewerOf(DEMO.holder);
    const mine = await listOwnPassportChecks(holder);
    expect(mine.find((c) => c.id === logged.id)).toMatchObject({
      site: { name, commune: "Angers" },
      company: { name: "Granulats du Val de Loire" },
    });
  });

  it("ignores a site that is not the controller's company's (the check is recorded without a site)", async () => {
    const other = await otherMemberCompany();
    const foreign = await createSite(other.viewer, { name: "Site d'ailleurs", commune: "Brest" });
    const controller = await viewerOf(DEMO.controller);
    expect((await listControllerSites(controller)).map((s) => s.id)).not.toContain(foreign.id);
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    await checkAtGate(controller, "PS-2026-7K4M9Q", new Date(), address, foreign.id);
    expect(await db.passportCheck.count({ where: { siteId: foreign.id } })).toBe(0);
    // and another company's site cannot be archived
    await expect(archiveSite(await viewerOf(DEMO.member), foreign.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await archiveSite(other.viewer, foreign.id);
    expect((await listOwnSites(other.viewer)).map((s) => s.id)).not.toContain(foreign.id);
  });

  it("lists the company's checks newest first, filtered, by keyset pages, and exports them as CSV", async () => {
    const other = await otherMemberCompany();
    const site = await createSite(other.viewer, { name: "=Carrière Formule", commune: "Nantes" });
    const passportId = await passportIdOf("PS-2026-7K4M9Q");
    const base = Date.UTC(2026, 5, 10, 10); // 10 June 2026, 12:00 in Paris
    await db.passportCheck.createMany({
      data: Array.from({ length: SITE_CHECKS_PAGE_SIZE + 3 }, (_, i) => ({
        passportId,
        queriedNumber: "PS-2026-7K4M9Q",
        channel: "CONTROL" as const,
        result: i % 10 === 0 ? ("EXPIRED" as const) : ("VALID" as const),
        // two checks share each instant: the id breaks the tie
        checkedAt: new Date(base - Math.floor(i / 2) * 3600_000),
        siteId: site.id,
        companyId: other.id,
      })),
    });
    const first = await listSiteChecks(other.viewer, {});
    expect(first.rows).toHaveLength(SITE_CHECKS_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await listSiteChecks(other.viewer, {}, first.next!);
    expect(second.rows).toHaveLength(3);
    expect(second.next).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(SITE_CHECKS_PAGE_SIZE + 3);
    const times = [...first.rows, ...second.rows].map((r) => r.checkedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    expect((await listSiteChecks(other.viewer, { result: "EXPIRED" })).rows).toHaveLength(6);
    expect((await listSiteChecks(other.viewer, { site: "inconnu00000" })).rows).toHaveLength(0);
    // 10 June only (Paris): the checks of hours 0 to 12 of that day, i.e. i / 2 ≤ 12 → 26 rows
    expect((await listSiteChecks(other.viewer, { from: "2026-06-10", to: "2026-06-10" })).rows).toHaveLength(26);
    // the demo member company sees none of them
    expect((await listSiteChecks(await viewerOf(DEMO.member), { site: site.id })).rows).toHaveLength(0);

    const csv = await siteChecksCsv(other.viewer, { result: "EXPIRED" });
    expect(csv.startsWith("\uFEFF")).toBe(true); // French Excel reads UTF-8 only with it
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date;Site;Commune;Résultat;N° de passeport;Titulaire;Entreprise du titulaire;Contrôlé par");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toContain("'=Carrière Formule;Nantes;Expiré;PS-2026-7K4M9Q;DUPONT Jean;Carrières Services Transports");
  });

  it("refuses every other role", async () => {
    for (const who of [DEMO.referent, DEMO.learnerWithEmail, DEMO.controller, DEMO.trainer, DEMO.admin]) {
      const viewer = await viewerOf(who);
      await expect(listOwnSites(viewer)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(createSite(viewer, { name: "Site", commune: "Tours" })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(archiveSite(viewer, "demositerocheblanche")).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(listSiteChecks(viewer, {})).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(siteChecksCsv(viewer, {})).rejects.toBeInstanceOf(AccessDeniedError);
      current = viewer;
      expect(await createSiteAction({ name: "Site", commune: "Tours" })).toEqual({ ok: false, error: "Accès refusé." });
      expect(await archiveSiteAction({ siteId: "demositerocheblanche" })).toEqual({ ok: false, error: "Accès refusé." });
    }
    current = null;
    expect((await createSiteAction({ name: "Site", commune: "Tours" })).ok).toBe(false);
    for (const who of [DEMO.learnerWithEmail, DEMO.member, DEMO.referent]) {
      await expect(listControllerSites(await viewerOf(who))).rejects.toBeInstanceOf(AccessDeniedError);
    }
    for (const who of [DEMO.member, DEMO.referent]) {
      await expect(listOwnPassportChecks(await viewerOf(who))).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("says what is wrong next to each field", async () => {
    current = await viewerOf(DEMO.member);
    expect(await createSiteAction({ name: "", commune: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Saisissez le nom du site.", commune: "Saisissez la commune du site." },
    });
  });
});
