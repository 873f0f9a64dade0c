// Issue 14, items 4 and 7: a person's data (GDPR). Two workers of the same company with
// overlapping data (same module, passports checked by the same controller at the same site,
// e-mails, notifications, audit entries by the same administrator): each one's ZIP holds their
// own and nothing of the other's, no secret, and nobody else may ask for it.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { collectPersonalData } from "@/lib/people/personal-data";
import { personalDataArchive, zipStream } from "@/lib/people/personal-data-zip";
import { closePdfBrowser } from "@/lib/pdf/render-pdf";
import { DEMO, ownHolder, uniq, viewerOf } from "@/tests/helpers/demo";

const OUT = resolve(__dirname, "../.tmp");

afterAll(async () => {
  await closePdfBrowser();
  await db.$disconnect();
});

async function worker(letter: string) {
  const holder = await ownHolder();
  const tag = uniq();
  const email = `donnees-${letter}-${tag}@example.fr`;
  const account = await db.account.update({
    where: { id: holder.accountId },
    data: { email, passwordHash: `$argon2id$v=19$secret-${letter}-${tag}`, mustSetPassword: false },
    select: { uniqueId: true },
  });
  const controller = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.controller } }, select: { id: true } });
  const admin = await viewerOf(DEMO.admin);
  const passport = await db.passport.create({
    data: {
      number: `PS-2026-${letter}${tag.slice(-5).toUpperCase()}`,
      personId: holder.id,
      profileId: holder.profileId!,
      companyId: holder.companyId,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
      issuedVia: "ONLINE",
    },
  });
  await db.passportCheck.create({
    data: {
      passportId: passport.id,
      queriedNumber: passport.number,
      checkedById: controller.id,
      channel: "CONTROL",
      result: "VALID",
      siteId: "demositerocheblanche",
      address: `198.51.100.${letter === "A" ? 7 : 8}`,
    },
  });
  const module = await db.module.findFirstOrThrow({
    where: { slug: { not: "" } },
    orderBy: { slug: "asc" },
    select: { id: true, currentVersionId: true },
  });
  const path = await db.learningPath.create({ data: { personId: holder.id, profileId: holder.profileId!, passportId: passport.id } });
  await db.attempt.create({
    data: {
      pathId: path.id,
      personId: holder.id,
      moduleId: module.id,
      versionId: module.currentVersionId!,
      drawnOrder: [],
      answers: {},
      score: 100,
      passed: true,
      submittedAt: new Date(),
    },
  });
  await db.emailOutbox.create({
    data: { to: email, subject: `Bienvenue ${letter}`, text: `lien secret ${tag}`, html: `<a>${tag}</a>`, template: "test" },
  });
  await db.notification.create({ data: { accountId: holder.accountId, category: "ALERT", kind: "test", title: `Alerte ${letter}` } });
  await db.passwordToken.create({
    data: { tokenHash: `hash-${letter}-${tag}`, purpose: "RESET", accountId: holder.accountId, expiresAt: new Date(Date.now() + 3600_000) },
  });
  await db.auditLog.create({
    data: {
      actorAccountId: admin.accountId,
      action: "admin.person_unblocked",
      targetType: "Person",
      targetId: holder.id,
      companyId: holder.companyId,
      data: { at: "x" },
    },
  });
  const viewer = await loadViewer(holder.accountId);
  return { holder, email, passport, tag, uniqueId: account.uniqueId!, viewer: viewer! };
}

/** Everything that identifies a worker, as it could leak into another's file. */
const traces = (w: Awaited<ReturnType<typeof worker>>) => [
  w.holder.id,
  w.holder.accountId,
  w.holder.lastName,
  w.email,
  w.uniqueId,
  w.passport.number,
  w.passport.id,
  w.tag,
];

describe("a person's data (GDPR, issue 14 item 4)", () => {
  let a: Awaited<ReturnType<typeof worker>>;
  let b: Awaited<ReturnType<typeof worker>>;
  beforeAll(async () => {
    a = await worker("A");
    b = await worker("B");
  });

  it("holds the person's own data and nothing about the other worker, the controller or the administrator", async () => {
    const data = await collectPersonalData(a.viewer, a.holder.id);
    expect(data).not.toBeNull();
    expect(data!.profile.lastName).toBe(a.holder.lastName);
    expect(data!.account.email).toBe(a.email);
    expect(data!.passports.map((p) => p.number)).toEqual([a.passport.number]);
    expect(data!.passports[0].checks).toEqual([
      expect.objectContaining({ result: "valide", site: "Carrière de la Roche-Blanche (Mauges-sur-Loire)" }),
    ]);
    expect(data!.attempts).toHaveLength(1);
    expect(data!.emails.map((m) => m.subject)).toEqual(["Bienvenue A"]);
    expect(data!.notifications.map((n) => n.title)).toEqual(["Alerte A"]);
    expect(data!.auditEntries).toEqual([expect.objectContaining({ action: "admin.person_unblocked", by: "un administrateur" })]);

    const text = JSON.stringify(data);
    for (const trace of traces(b)) expect(text).not.toContain(trace);
    // other people appear by role only: the controller, the administrator
    for (const other of ["Leroy", DEMO.controller, DEMO.admin, "198.51.100.7"]) expect(text).not.toContain(other);
    // no secret: password hash, link hashes, e-mail bodies (a pending one may hold a live link)
    for (const secret of ["argon2", `secret-A-${a.tag}`, `hash-A-${a.tag}`, `lien secret ${a.tag}`, "passwordHash", "tokenHash"])
      expect(text).not.toContain(secret);
  });

  it("is refused to every other viewer: the other worker, the company, a trainer, a controller, a member company, nobody", async () => {
    for (const viewer of [
      b.viewer,
      await viewerOf(DEMO.referent),
      await viewerOf(DEMO.trainer),
      await viewerOf(DEMO.controller),
      await viewerOf(DEMO.member),
      await viewerOf(DEMO.learnerWithEmail),
      null,
    ]) {
      await expect(collectPersonalData(viewer, a.holder.id)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(personalDataArchive(viewer, a.holder.id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    // an administrator may, for anyone (a request received by post)
    const admin = await viewerOf(DEMO.admin);
    expect((await collectPersonalData(admin, b.holder.id))!.profile.lastName).toBe(b.holder.lastName);
  });

  it("the ZIP holds the JSON and a French PDF summary, read back with pdftotext, and the download is audited", async () => {
    const admin = await viewerOf(DEMO.admin);
    const archive = await personalDataArchive(admin, b.holder.id);
    expect(archive!.filename).toMatch(/^mes-donnees-passeport-securite-\d{4}-\d{2}-\d{2}\.zip$/);
    // through the stream the route sends
    const reader = zipStream(archive!.files).getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    const bytes = Buffer.concat(chunks);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/donnees-${b.tag}.zip`, bytes);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(["LISEZMOI.txt", "donnees.json", "resume.pdf"]);
    const json = JSON.parse(strFromU8(files["donnees.json"]));
    expect(json.schemaVersion).toBe("1.0");
    expect(json.profile.lastName).toBe(b.holder.lastName);
    const all = strFromU8(files["donnees.json"]) + strFromU8(files["LISEZMOI.txt"]);
    for (const trace of traces(a)) expect(all).not.toContain(trace);

    const pdf = `${OUT}/resume-${b.tag}.pdf`;
    writeFileSync(pdf, files["resume.pdf"]);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Vos données — Passeport Sécurité");
    expect(text).toContain(b.holder.lastName);
    expect(text).toContain(b.passport.number);
    expect(text).toContain("Carrière de la Roche-Blanche");
    expect(text).toContain("Bienvenue B");
    for (const trace of [a.holder.lastName, a.passport.number, a.email, "Leroy"]) expect(text).not.toContain(trace);

    const entries = await db.auditLog.findMany({
      where: { targetId: b.holder.id, action: "person.data_exported" },
      select: { actorAccountId: true, data: true },
    });
    expect(entries).toEqual([{ actorAccountId: admin.accountId, data: { by: "administrateur" } }]);
  });
});
