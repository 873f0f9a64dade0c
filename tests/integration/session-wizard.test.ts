// E2–E6: the wizard's edge cases (companies typed by the trainer, existing people, the same
// person twice), the company search it uses, and the questionnaires read back from the PDF.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { searchCompanies } from "@/lib/companies/search-companies";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { questionnairePdf } from "@/lib/sessions/questionnaire-pdf";
import { getTrainerSession } from "@/lib/sessions/trainer-session";
import { findChromium } from "@/lib/pdf/chromium";
import { closePdfBrowser } from "@/lib/pdf/render-pdf";
import { UserFacingError } from "@/lib/errors";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";

const OUT = resolve(__dirname, "../.tmp");

afterAll(async () => {
  await closePdfBrowser();
  await db.$disconnect();
});

const demoCompany = () => db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });

async function otherTrainer() {
  const tag = uniq();
  const account = await db.account.create({ data: { email: `formateur-${tag}@example.fr` } });
  const other = await db.person.create({
    data: {
      accountId: account.id,
      companyId: (await demoCompany()).id,
      firstName: "Autre",
      lastName: `Formateur${tag}`,
    },
  });
  await accreditTrainer(other.id);
  return viewerOf(account.email!);
}

describe("companies in the participant forms (E3)", () => {
  it("finds registered companies by name or by the start of their SIRET", async () => {
    const byName = await searchCompanies("services transp");
    expect(byName.map((c) => c.siret)).toContain("73282932000074");
    const bySiret = await searchCompanies("732 829 32");
    expect(bySiret.map((c) => c.name)).toEqual(byName.filter((c) => c.siret === "73282932000074").map((c) => c.name));
    expect(await searchCompanies("z")).toEqual([]);
  });

  it("registers a company typed by the trainer once, as pending, with the trainer as its contact", async () => {
    const tag = uniq();
    const name = `Carrières Nouvelles ${tag}`;
    const trainer = await viewerOf(DEMO.trainer);
    const created = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "TECHNIQUE",
        participants: [
          { lastName: `Neuve${tag}`, firstName: "Sans", companyName: name },
          { lastName: `Neuve${tag}`, firstName: "Avec", email: `avec-${tag}@example.fr`, companyName: name.toUpperCase() },
        ],
      }),
    );
    const companies = await db.company.findMany({ where: { name: { equals: name, mode: "insensitive" } } });
    expect(companies).toHaveLength(1);
    expect(companies[0]).toMatchObject({ status: "PENDING", kind: "SUBCONTRACTOR", accountId: null, referentEmail: DEMO.trainer });
    // the participant without e-mail: their unique ID goes to the trainer, who hands it out in the room
    expect(await db.emailOutbox.count({ where: { to: DEMO.trainer, text: { contains: created.participants[0].uniqueId! } } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "company.entered_by_trainer", targetId: companies[0].id } })).toBe(1);
    // a later session finds it in the list, and a typed name reuses it
    expect((await searchCompanies(name)).map((c) => [c.id, c.registered])).toEqual([[companies[0].id, false]]);
    await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "TECHNIQUE",
        participants: [{ lastName: `Neuve${tag}`, firstName: "Trois", companyName: ` ${name} ` }],
      }),
    );
    expect(await db.company.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("requires a company, chosen or typed", () => {
    const parsed = createSessionSchema.safeParse({
      profileCode: "TECHNIQUE",
      participants: [{ lastName: "A", firstName: "B", companyId: "", companyName: " " }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["participants.0.companyName"]);
  });
});

describe("people in the participant forms (E3)", () => {
  it("keeps an existing person in their own company, and refuses the same person twice", async () => {
    const tag = uniq();
    const trainer = await viewerOf(DEMO.trainer);
    const lucie = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.learnerWithEmail } } });
    const typedCompany = `Ailleurs ${tag}`;
    const twice = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "ADMINISTRATIF",
        participants: [
          { lastName: "Martin", firstName: "Lucie", email: DEMO.learnerWithEmail, companyName: typedCompany, useExistingAccount: true },
          {
            lastName: "Martin",
            firstName: "Lucie",
            email: DEMO.learnerWithEmail.toUpperCase(),
            companyName: typedCompany,
            useExistingAccount: true,
          },
        ],
      }),
    ).catch((e) => e);
    expect(twice).toBeInstanceOf(UserFacingError);
    expect(twice.fieldErrors["participants.1.email"]).toContain("déjà inscrite");
    expect(await db.company.count({ where: { name: typedCompany } })).toBe(0); // rolled back with the rest

    const once = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "ADMINISTRATIF",
        participants: [
          { lastName: "Martin", firstName: "Lucie", email: DEMO.learnerWithEmail, companyName: typedCompany, useExistingAccount: true },
        ],
      }),
    );
    const row = await db.sessionParticipant.findFirstOrThrow({ where: { sessionId: once.sessionId } });
    expect(row).toMatchObject({ personId: lucie.id, companyId: lucie.companyId });
    expect(await db.person.count({ where: { accountId: lucie.accountId } })).toBe(1);
    expect(await db.company.count({ where: { name: typedCompany } })).toBe(0); // no company entered for nobody
  });

  it("refuses the e-mail of a company login", async () => {
    const referent = await db.company.findUniqueOrThrow({
      where: { siret: "73282932000074" },
      select: { id: true, account: { select: { email: true } } },
    });
    const error = await createAwarenessSession(
      await viewerOf(DEMO.trainer),
      createSessionSchema.parse({
        profileCode: "ADMINISTRATIF",
        participants: [
          { lastName: "X", firstName: "Y", email: referent.account!.email!, companyId: referent.id, useExistingAccount: true },
        ],
      }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.fieldErrors["participants.0.email"]).toContain("compte entreprise");
  });
});

const describeWithChromium = findChromium() ? describe : describe.skip;

describeWithChromium("questionnaires (E4–E6)", () => {
  it("prints one pre-filled copy per participant and a separate answer key, for the session's own trainer only", async () => {
    const tag = uniq();
    const trainer = await viewerOf(DEMO.trainer);
    const company = await demoCompany();
    const created = await createAwarenessSession(
      trainer,
      createSessionSchema.parse({
        profileCode: "TRANSPORTEUR",
        participants: [
          { lastName: `Quiz${tag}`, firstName: "Alice", companyId: company.id },
          { lastName: `Quiz${tag}`, firstName: "Bruno", email: `bruno-${tag}@example.fr`, companyId: company.id },
          { lastName: `Quiz${tag}`, firstName: "Chloé", companyName: `Transports ${tag}` },
        ],
      }),
    );
    const pdf = await questionnairePdf(trainer, created.sessionId);
    expect(pdf!.filename).toMatch(/^questionnaires-session-\d+\.pdf$/);
    mkdirSync(OUT, { recursive: true });
    const file = `${OUT}/questionnaires.pdf`;
    writeFileSync(file, pdf!.bytes);
    // each copy starts on a new page: group the pages by the copy they begin
    const printed = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
      .split("\f")
      .map((page) => page.replace(/\s+/g, " "))
      .filter((page) => page.trim());
    // issue 15: every page carries its number and the name of its copy's owner (the key: "Corrigé formateur")
    const owners = ["Alice", "Bruno", "Chloé"].map((first) => `QUIZ${tag.toUpperCase()} ${first} — `);
    let owner = -1;
    printed.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} / ${printed.length}`);
      if (page.includes("Exemplaire participant") || page.includes("Exemplaire formateur")) owner++;
      expect(page).toContain(owner < 3 ? owners[owner] : "Corrigé formateur — ");
    });
    expect(owner).toBe(3);
    // the margins set aside, each copy is the same questionnaire
    const pages = printed.map((page) => page.replace(/Page \d+ \/ \d+/g, "").replace(/(QUIZ\S+ \S+|Corrigé formateur) — [^—]*?n°\d+/g, ""));
    const groups: string[] = [];
    for (const page of pages) {
      if (/Exemplaire (participant|formateur)/.test(page)) groups.push(page);
      else groups[groups.length - 1] += page;
    }

    const session = (await getTrainerSession(trainer, created.sessionId))!;
    const date = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris" }).format(session.heldOn);
    const copies = groups.filter((g) => g.includes("Exemplaire participant"));
    expect(copies).toHaveLength(3);
    for (const [i, who] of [
      ["Alice", company.name],
      ["Bruno", company.name],
      ["Chloé", `Transports ${tag}`],
    ].entries()) {
      expect(copies[i]).toContain(`Session du : ${date}`);
      expect(copies[i]).toContain(`Nom : QUIZ${tag.toUpperCase()}`);
      expect(copies[i]).toContain(`Prénom : ${who[0]}`);
      expect(copies[i]).toContain(`Entreprise : ${who[1]}`);
      expect(copies[i]).not.toContain("corrigé");
    }
    // the key comes once, last, with every question of the profile and one right answer each
    expect(groups).toHaveLength(4);
    const key = groups[3];
    expect(key).toContain("Exemplaire formateur — corrigé");
    const questions = await db.question.findMany({
      where: { module: { profiles: { some: { profile: { code: "TRANSPORTEUR" } } }, active: true } },
      select: { text: true, choices: { where: { isCorrect: true }, select: { text: true } } },
    });
    for (const q of questions) {
      expect(copies[0].replace(/\s+/g, " ")).toContain(q.text.slice(0, 30));
      expect(key).toContain(q.choices[0].text.slice(0, 25));
    }
    // every copy shows the choices in the same order as the key (one order per session)
    const body = (copy: string) => copy.slice(copy.indexOf("Rendez cette feuille"), copy.indexOf("Réponses justes")).replace(/\s/g, "");
    expect(body(copies[0]).length).toBeGreaterThan(500);
    expect(new Set(copies.map(body)).size).toBe(1);

    // another trainer: not found; a learner: refused
    expect(await questionnairePdf(await otherTrainer(), created.sessionId)).toBeNull();
    await expect(questionnairePdf(await viewerOf(DEMO.learnerWithEmail), created.sessionId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
