// Issue 14, items 6 and 7 (H7): the Passeport de prévention. Two companies with workers trained
// in the same period (online and in a group session with the demo trainer), one worker who
// changed company after their passport: each company's export holds only the trainings of its
// own workers (the employer at the time), with the portal's fields; the attestation PDF is read
// back with pdftotext; every other role is refused.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { companyTrainings, pdpCsv, pdpJson, PDP_CSV_HEADERS } from "@/lib/prevention/pdp-export";
import { attestationPdf, getTrainingRecord } from "@/lib/prevention/attestation-pdf";
import { closePdfBrowser } from "@/lib/pdf/render-pdf";
import schema from "@/docs/passeport-prevention/attestations-1.0.schema.json";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

const OUT = resolve(__dirname, "../.tmp");
afterAll(async () => {
  await closePdfBrowser();
  await db.$disconnect();
});

// a period of its own, in the future, so that no other file's passports fall in it
const PERIOD = { from: "2032-03-01", to: "2032-03-31" };
const IN = new Date("2032-03-10T09:00:00Z");

async function worker(companyId: string, firstName: string, lastName: string) {
  const profile = await db.profile.findFirstOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
  const account = await db.account.create({ data: { uniqueId: `P${uniq()}`.slice(0, 12).toUpperCase() } });
  return db.person.create({
    data: { accountId: account.id, companyId, firstName, lastName: `${lastName}${uniq()}`, profileId: profile.id },
  });
}

async function onlinePassport(person: { id: string; companyId: string; profileId: string | null }, issuedAt: Date) {
  const passport = await db.passport.create({
    data: {
      number: `PS-2032-${uniq().slice(-6).toUpperCase()}`,
      personId: person.id,
      profileId: person.profileId!,
      companyId: person.companyId,
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + 3 * 365 * 86_400_000),
      issuedVia: "ONLINE",
    },
  });
  const modules = await db.profileModule.findMany({ where: { profileId: person.profileId! }, select: { moduleId: true } });
  await db.learningPath.create({
    data: {
      personId: person.id,
      profileId: person.profileId!,
      passportId: passport.id,
      startedAt: new Date(issuedAt.getTime() - 2 * 86_400_000),
      completedAt: issuedAt,
      progress: { create: modules.map((m) => ({ moduleId: m.moduleId, passedAt: issuedAt, passedVia: "ONLINE" as const })) },
    },
  });
  return passport;
}

describe("Passeport de prévention (issue 14, item 6)", () => {
  let x: Awaited<ReturnType<typeof registeredCompany>>;
  let y: Awaited<ReturnType<typeof registeredCompany>>;
  let online: { id: string; number: string };
  let session: { id: string; number: string };
  let moved: { id: string; number: string };
  let other: { id: string; number: string };
  let elodie: { lastName: string };
  let trainer: { firstName: string; lastName: string };

  beforeAll(async () => {
    x = await registeredCompany({ name: `Transports Élodie ${uniq()}` });
    y = await registeredCompany();
    const a = await worker(x.id, "Élodie", "Bréhat");
    elodie = a;
    online = await onlinePassport(a, IN);
    // a group session of the demo trainer
    const t = await db.person.findFirstOrThrow({
      where: { account: { email: DEMO.trainer } },
      select: { id: true, firstName: true, lastName: true },
    });
    trainer = t;
    const b = await worker(x.id, "Gaël", "Kerhervé");
    const s = await db.awarenessSession.create({
      data: { trainerId: t.id, profileId: b.profileId!, participantCount: 1, heldOn: new Date("2032-03-12T08:00:00Z") },
    });
    session = await db.passport.create({
      data: {
        number: `PS-2032-${uniq().slice(-6).toUpperCase()}`,
        personId: b.id,
        profileId: b.profileId!,
        companyId: x.id,
        issuedAt: new Date("2032-03-12T15:00:00Z"),
        expiresAt: new Date("2035-03-12T15:00:00Z"),
        issuedVia: "SESSION",
        sessionId: s.id,
        trainerId: t.id,
      },
    });
    // trained while at X, now at Y: X declares it (its employer then), Y does not
    const c = await worker(x.id, "Noé", "Mobile");
    moved = await onlinePassport(c, IN);
    await db.person.update({ where: { id: c.id }, data: { companyId: y.id } });
    // Y's own worker, same period
    other = await onlinePassport(await worker(y.id, "Inès", "Autre"), IN);
    // X's worker outside the period (the day after, Paris time: 1 April 00:30 is 31 March 22:30 UTC)
    await onlinePassport(a, new Date("2032-03-31T22:30:00Z"));
  });

  it("exports a company's trainings of the period, only its own workers', with the portal's fields", async () => {
    const referentX = (await loadViewer(x.accountId))!;
    const data = (await companyTrainings(referentX, x.id, PERIOD))!;
    expect(data.records.map((r) => r.passportNumber).sort()).toEqual([online.number, session.number, moved.number].sort());

    const csv = pdpCsv(data);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(PDP_CSV_HEADERS.join(";"));
    expect(lines).toHaveLength(4);
    const row = (number: string) => lines.find((l) => l.includes(number))!.split(";");
    const col = (name: string) => PDP_CSV_HEADERS.indexOf(name);
    const s = row(session.number);
    expect(s[col("Modalité")]).toBe("Présentiel (session de groupe)");
    expect(s[col("Nom du formateur")]).toBe(trainer.lastName);
    expect(s[col("Date de début")]).toBe("12/03/2032");
    expect(s[col("Prénoms du salarié")]).toBe("Gaël");
    expect(s[col("SIRET de l'employeur")]).toBe(x.siret);
    expect(s[col("NIR - numéro de sécurité sociale (non collecté)")]).toBe("");
    const o = row(online.number);
    expect(o[col("Modalité")]).toBe("E-learning");
    expect(o[col("Nom de naissance du salarié")]).toBe(elodie.lastName);
    expect(o[col("Date de début")]).toBe("08/03/2032");
    expect(o[col("Date de fin")]).toBe("10/03/2032");
    expect(o[col("Nom du formateur")]).toBe("");
    expect(Number(o[col("Durée (heures)")].replace(",", "."))).toBeGreaterThan(0);
    for (const n of [other.number]) expect(csv).not.toContain(n);

    const json = pdpJson(data);
    expect(json.schemaVersion).toBe(schema.properties.schemaVersion.const);
    expect(
      Object.keys(json)
        .filter((k) => k !== "$schema")
        .sort(),
    ).toEqual([...schema.required].sort());
    for (const t of json.trainings) expect(Object.keys(t).sort()).toEqual([...schema.properties.trainings.items.required].sort());
    const js = json.trainings.find((t) => t.passportNumber === session.number)!;
    expect(js).toMatchObject({
      kind: "ATTESTATION_FORMATION",
      modality: "SESSION",
      startDate: "2032-03-12",
      trainer: { lastName: trainer.lastName, firstName: trainer.firstName },
      worker: { firstNames: "Gaël", birthDate: null, nir: null },
    });
    expect(json.employer.siret).toBe(x.siret);

    // Y gets its own worker, not the one who came from X
    const referentY = (await loadViewer(y.accountId))!;
    expect((await companyTrainings(referentY, y.id, PERIOD))!.records.map((r) => r.passportNumber)).toEqual([other.number]);
    // an administrator may export any company
    const admin = await viewerOf(DEMO.admin);
    expect((await companyTrainings(admin, x.id, PERIOD))!.records).toHaveLength(3);
  });

  it("refuses the export to every other role: another company, its workers, a trainer, a controller, a member company, nobody", async () => {
    const referentY = (await loadViewer(y.accountId))!;
    for (const viewer of [
      referentY,
      await viewerOf(DEMO.referent),
      await viewerOf(DEMO.member),
      await viewerOf(DEMO.learnerWithEmail),
      await viewerOf(DEMO.trainer),
      await viewerOf(DEMO.controller),
      await viewerOf(DEMO.holder),
      null,
    ]) {
      await expect(companyTrainings(viewer, x.id, PERIOD)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("prints the attestation de formation, read back with pdftotext, for those who may see the passport", async () => {
    const referentX = (await loadViewer(x.accountId))!;
    const pdf = (await attestationPdf(referentX, session.id, new Date("2032-04-02T10:00:00Z")))!;
    expect(pdf.filename).toBe(`attestation-formation-${session.number}.pdf`);
    mkdirSync(OUT, { recursive: true });
    const file = `${OUT}/attestation-${session.number}.pdf`;
    writeFileSync(file, pdf.bytes);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const expected of [
      "ATTESTATION DE FORMATION",
      "Sensibilisation accueil sécurité en carrière — Salarié technique",
      "le 12/03/2032",
      "Session de groupe (présentiel, avec formateur)",
      `${trainer.firstName} ${trainer.lastName.toUpperCase()}`,
      "Gaël",
      x.name,
      `SIRET ${x.siret}`,
      `passeport sécurité n° ${session.number}`,
      "valable jusqu'au 12/03/2035",
      "Attestation établie le 02/04/2032",
    ])
      expect(text).toContain(expected);

    const o = (await getTrainingRecord(referentX, online.id))!;
    expect(o).toMatchObject({ modality: "E_LEARNING", trainer: null, organisation: { siret: null } });
    expect(o.durationMinutes).toBeGreaterThan(0);

    // the holder and the trainer of the session may; another company and another worker may not
    const holder = await db.passport.findUniqueOrThrow({ where: { id: session.id }, select: { person: { select: { accountId: true } } } });
    expect(await getTrainingRecord((await loadViewer(holder.person.accountId))!, session.id)).not.toBeNull();
    expect(await getTrainingRecord(await viewerOf(DEMO.trainer), session.id)).not.toBeNull();
    expect(await getTrainingRecord((await loadViewer(y.accountId))!, session.id)).toBeNull();
    expect(await getTrainingRecord(await viewerOf(DEMO.holder), session.id)).toBeNull();
    expect(await attestationPdf(await viewerOf(DEMO.member), session.id)).toBeNull();
  });
});
