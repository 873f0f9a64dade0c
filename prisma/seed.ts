// Demo data (idempotent: run it twice, get the same rows). `--if-empty` seeds only a
// database without any account, which is what `npm start` does on each start.
// Logins are listed in the README.
import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { PrismaClient, type Region } from "../lib/generated/prisma/client";
import { MEDIA_SCRIPTS, seedModules, seedProfiles, type SlideText } from "./seed-content";
import {
  createModuleTx,
  draftOfTx,
  publishTx,
  setQuestionsTx,
  setTranslationTx,
  updateDraftTx,
  versionContentSchema,
  questionSchema,
  translationSchema,
  type QuestionInput,
  type TranslationInput,
  type VersionContentInput,
} from "../lib/content/studio";
import { seedFaq } from "./seed-faq";

export const DEMO_PASSWORD = "Passeport-Demo-2026";
/** Issue 17, item 5: the demo administrator's TOTP secret, published in the README so that
 * anyone can add it to an authenticator app; stored unencrypted ("plain:") on purpose. */
export const DEMO_ADMIN_TOTP_SECRET = "PASSEPORTSECURITEDEMOADMIN234567";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
const day = 24 * 60 * 60 * 1000;

/**
 * Issue 12, item 7: the demo content is written through the content studio's own functions
 * (lib/content/studio.ts): a module that does not exist is created, and one whose published
 * version differs from the seed gets a draft that is published; an unchanged module is left
 * as it is (run twice, same rows; learners keep the versions they took).
 */
async function seedContent() {
  for (const m of seedModules) {
    const content: VersionContentInput = {
      title: m.title,
      summary: m.summary,
      mediaKind: m.mediaKind,
      mediaPath: m.mediaPath,
      captionsPath: m.captionsPath ?? null,
      transcript: m.mediaKind === "VIDEO" ? transcriptOf(MEDIA_SCRIPTS[m.slug]) : "",
      videoSources: (m.videoSources ?? []) as { src: string; type: "video/webm" | "video/mp4" }[],
      slides: m.slides ?? [],
      durationSeconds: m.durationSeconds,
      passMark: m.passMark,
    };
    const questions: QuestionInput[] = m.questions.map((q) => ({
      text: q.text,
      explanation: q.explanation,
      anchorSeconds: "seconds" in q.anchor ? q.anchor.seconds : null,
      anchorSlide: "slide" in q.anchor ? q.anchor.slide : null,
      choices: q.choices.map((c) => ({ text: c.text, correct: c.correct })),
    }));
    const translations: TranslationInput[] = Object.entries(m.translations ?? {}).map(([language, t]) => ({
      language,
      title: t.title,
      summary: t.summary,
      mediaPath: m.mediaKind === "VIDEO" ? `/media/${m.slug}/${language}/video.webm` : `/media/${m.slug}/${language}/slide-1.svg`,
      captionsPath: m.mediaKind === "VIDEO" ? `/media/${m.slug}/${language}/captions.vtt` : null,
      transcript: m.mediaKind === "VIDEO" ? transcriptOf(t.script) : "",
      videoSources:
        m.mediaKind === "VIDEO"
          ? [
              { src: `/media/${m.slug}/${language}/video.webm`, type: "video/webm" as const },
              { src: `/media/${m.slug}/${language}/video.mp4`, type: "video/mp4" as const },
            ]
          : [],
      slides:
        m.mediaKind === "SLIDES"
          ? t.script.map((s, i) => ({
              image: `/media/${m.slug}/${language}/slide-${i + 1}.svg`,
              alt: `${s.title}. ${s.text}`,
              text: s.text,
            }))
          : [],
      questions: t.questions,
    }));
    const wanted = { content, questions, translations };
    await db.$transaction(
      async (tx) => {
        const existing = await tx.module.findUnique({
          where: { slug: m.slug },
          select: { id: true, snbpeCommon: true, currentVersionId: true },
        });
        if (existing && existing.snbpeCommon !== m.snbpeCommon)
          await tx.module.update({ where: { id: existing.id }, data: { snbpeCommon: m.snbpeCommon } });
        if (existing?.currentVersionId && stable(await publishedAsSeed(tx, existing.currentVersionId)) === stable(normalized(wanted)))
          return;
        const versionId = existing
          ? await draftOfTx(tx, null, existing.id)
          : (await createModuleTx(tx, null, { slug: m.slug, snbpeCommon: m.snbpeCommon, content })).versionId;
        await updateDraftTx(tx, null, versionId, content);
        await setQuestionsTx(tx, null, versionId, questions);
        for (const t of translations) await setTranslationTx(tx, null, versionId, t);
        await publishTx(tx, null, versionId, new Date());
      },
      { timeout: 30_000 },
    );
  }
  for (const [index, p] of seedProfiles.entries()) {
    const data = { name: p.name, description: p.description, validityMonths: p.validityMonths, position: index };
    const profile = await db.profile.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data });
    const modules = await db.module.findMany({ where: { slug: { in: p.moduleSlugs } }, select: { id: true, slug: true } });
    const idBySlug = new Map(modules.map((m) => [m.slug, m.id]));
    await db.$transaction([
      db.profileModule.deleteMany({ where: { profileId: profile.id } }),
      db.profileModule.createMany({
        data: p.moduleSlugs.map((slug, i) => ({ profileId: profile.id, moduleId: idBySlug.get(slug)!, position: i + 1 })),
      }),
    ]);
  }
}

/** JSON with sorted keys (PostgreSQL's jsonb does not keep the keys' order). */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** A video's transcript: its cards' texts, one paragraph each. */
const transcriptOf = (script: SlideText[]) => script.map((s) => `${s.title}. ${s.text}`).join("\n\n");

/** The seed's content as the studio's schemas would store it, to compare with the published version. */
function normalized(v: { content: VersionContentInput; questions: QuestionInput[]; translations: TranslationInput[] }) {
  const c = versionContentSchema.parse(v.content);
  return {
    content: { ...c, slides: c.mediaKind === "SLIDES" ? c.slides : { sources: c.videoSources }, videoSources: undefined },
    questions: v.questions.map((q) => questionSchema.parse(q)),
    translations: v.translations
      .map((t) => translationSchema.parse(t))
      .map((t) => ({ ...t, slides: t.slides.length ? t.slides : { sources: t.videoSources }, videoSources: undefined })),
  };
}

async function publishedAsSeed(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], versionId: string) {
  const v = await tx.moduleVersion.findUniqueOrThrow({
    where: { id: versionId },
    include: {
      translations: { orderBy: { language: "asc" } },
      questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
    },
  });
  return {
    content: {
      title: v.title,
      summary: v.summary,
      mediaKind: v.mediaKind,
      mediaPath: v.mediaPath,
      captionsPath: v.captionsPath,
      transcript: v.transcript,
      slides: v.slides,
      durationSeconds: v.durationSeconds,
      passMark: v.passMark,
      videoSources: undefined,
    },
    questions: v.questions.map((q) => ({
      text: q.text,
      explanation: q.explanation,
      anchorSeconds: q.anchorSeconds,
      anchorSlide: q.anchorSlide,
      choices: q.choices.map((c) => ({ text: c.text, correct: c.isCorrect })),
    })),
    translations: v.translations.map((t) => ({
      language: t.language,
      title: t.title,
      summary: t.summary,
      mediaPath: t.mediaPath,
      captionsPath: t.captionsPath,
      transcript: t.transcript,
      slides: t.slides,
      videoSources: undefined,
      questions: v.questions.map((q) => {
        const qt = (q.translations as Record<string, { text: string; explanation: string }>)[t.language];
        return {
          text: qt?.text,
          explanation: qt?.explanation,
          choices: q.choices.map((c) => (c.translations as Record<string, string>)[t.language]),
        };
      }),
    })),
  };
}

/** Issue 13: the FAQ, replaced as a whole like the modules' questions (the seed owns the demo content). */
async function seedHelp() {
  for (const [index, theme] of seedFaq.entries()) {
    const row = await db.faqTheme.upsert({
      where: { title: theme.title },
      create: { title: theme.title, position: index },
      update: { position: index },
    });
    await db.$transaction([
      db.faqEntry.deleteMany({ where: { themeId: row.id } }),
      db.faqEntry.createMany({
        data: theme.entries.map((e, i) => ({
          themeId: row.id,
          question: e.question,
          answer: e.answer,
          keywords: e.keywords ?? "",
          position: i,
        })),
      }),
    ]);
  }
}

async function account(data: { email?: string; uniqueId?: string; isAdmin?: boolean }, passwordHash: string) {
  const where = data.email ? { email: data.email } : { uniqueId: data.uniqueId! };
  return db.account.upsert({
    where,
    create: { ...data, passwordHash, mustSetPassword: false },
    update: { passwordHash, mustSetPassword: false, disabledAt: null, isAdmin: data.isAdmin ?? false },
  });
}

async function company(data: {
  kind: "SUBCONTRACTOR" | "MEMBER";
  name: string;
  siret: string;
  memberNumber?: string;
  regions: Region[];
  referent: { firstName: string; lastName: string; email: string };
  passwordHash: string;
}) {
  const login = await account({ email: data.referent.email }, data.passwordHash);
  const fields = {
    kind: data.kind,
    status: "ACTIVE" as const,
    name: data.name,
    memberNumber: data.memberNumber ?? null,
    regions: data.regions,
    referentFirstName: data.referent.firstName,
    referentLastName: data.referent.lastName,
    referentEmail: data.referent.email,
    accountId: login.id,
    approvedAt: data.kind === "MEMBER" ? new Date() : null,
  };
  return db.company.upsert({ where: { siret: data.siret }, create: { siret: data.siret, ...fields }, update: fields });
}

async function person(data: {
  companyId: string;
  firstName: string;
  lastName: string;
  profileCode: string;
  email?: string;
  uniqueId?: string;
  roles?: "CONTROLLER"[];
  isHauler?: boolean;
  isTechnical?: boolean;
  passwordHash: string;
}) {
  const login = await account({ email: data.email, uniqueId: data.uniqueId }, data.passwordHash);
  const profile = await db.profile.findUniqueOrThrow({ where: { code: data.profileCode } });
  const fields = {
    companyId: data.companyId,
    firstName: data.firstName,
    lastName: data.lastName,
    searchName: `${data.firstName} ${data.lastName}`.toLowerCase(),
    profileId: profile.id,
    roles: data.roles ?? [],
    isHauler: data.isHauler ?? false,
    isTechnical: data.isTechnical ?? false,
    origin: "SEED" as const,
    blockedAt: null,
    deletedAt: null,
  };
  return db.person.upsert({ where: { accountId: login.id }, create: { accountId: login.id, ...fields }, update: fields });
}

/** A completed online path and its passport, with a fixed number so the README can name it. */
async function passport(holder: { id: string; companyId: string; profileId: string | null }, number: string, issuedDaysAgo: number) {
  const profile = await db.profile.findUniqueOrThrow({
    where: { id: holder.profileId! },
    include: { modules: { orderBy: { position: "asc" } } },
  });
  const issuedAt = new Date(Date.now() - issuedDaysAgo * day);
  const expiresAt = new Date(issuedAt);
  expiresAt.setMonth(expiresAt.getMonth() + profile.validityMonths);
  const fields = {
    personId: holder.id,
    profileId: profile.id,
    companyId: holder.companyId,
    issuedAt,
    expiresAt,
    status: "ACTIVE" as const,
    revokedAt: null,
    revokedReason: null,
    issuedVia: "ONLINE" as const,
  };
  const issued = await db.passport.upsert({ where: { number }, create: { number, ...fields }, update: fields });
  const existing = await db.learningPath.findUnique({ where: { passportId: issued.id } });
  if (!existing) {
    await db.learningPath.create({
      data: {
        personId: holder.id,
        profileId: profile.id,
        startedAt: new Date(issuedAt.getTime() - 2 * day),
        completedAt: issuedAt,
        passportId: issued.id,
        progress: {
          create: profile.modules.map((pm) => ({
            moduleId: pm.moduleId,
            mediaSeenAt: issuedAt,
            passedAt: issuedAt,
            passedVia: "ONLINE" as const,
          })),
        },
      },
    });
  }
  return issued;
}

async function main() {
  if (process.argv.includes("--if-empty") && (await db.account.count()) > 0) {
    console.log("[seed] la base contient déjà des comptes : rien à faire.");
    return;
  }
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 }); // argon2id by default;
  await seedContent();
  await seedHelp();

  const admin = await account({ email: "admin@passeport-securite.fr", isAdmin: true }, passwordHash);
  await db.totpFactor.upsert({
    where: { accountId: admin.id },
    create: { accountId: admin.id, secret: `plain:${DEMO_ADMIN_TOTP_SECRET}` },
    update: { secret: `plain:${DEMO_ADMIN_TOTP_SECRET}` },
  });

  const subcontractor = await company({
    kind: "SUBCONTRACTOR",
    name: "Carrières Services Transports",
    siret: "73282932000074",
    regions: ["CENTRE_VAL_DE_LOIRE", "PAYS_DE_LA_LOIRE"],
    referent: { firstName: "Claire", lastName: "Moreau", email: "referent@cst-demo.fr" },
    passwordHash,
  });
  const member = await company({
    kind: "MEMBER",
    name: "Granulats du Val de Loire",
    siret: "54205118000066",
    memberNumber: "A10427",
    regions: ["CENTRE_VAL_DE_LOIRE"],
    referent: { firstName: "Paul", lastName: "Girard", email: "adherent@gvl-demo.fr" },
    passwordHash,
  });

  await person({
    companyId: subcontractor.id,
    firstName: "Lucie",
    lastName: "Martin",
    profileCode: "ADMINISTRATIF",
    email: "lucie.martin@cst-demo.fr",
    passwordHash,
  });
  await person({
    companyId: subcontractor.id,
    firstName: "Karim",
    lastName: "Benali",
    profileCode: "TRANSPORTEUR",
    uniqueId: "K7M4Q9TX",
    isHauler: true,
    passwordHash,
  });
  const holder = await person({
    companyId: subcontractor.id,
    firstName: "Jean",
    lastName: "Dupont",
    profileCode: "TECHNIQUE",
    email: "jean.dupont@cst-demo.fr",
    isTechnical: true,
    passwordHash,
  });
  const trainer = await person({
    companyId: member.id,
    firstName: "Sophie",
    lastName: "Durand",
    profileCode: "TECHNIQUE",
    email: "sophie.durand@gvl-demo.fr",
    isTechnical: true,
    passwordHash,
  });
  // the trainer role comes from an administrator's approval, valid three years from today
  const validUntil = new Date();
  validUntil.setFullYear(validUntil.getFullYear() + 3);
  await db.trainerAccreditation.upsert({
    where: { id: "seed_accreditation_sophie" },
    create: {
      id: "seed_accreditation_sophie",
      personId: trainer.id,
      status: "APPROVED",
      decidedById: admin.id,
      decidedAt: new Date(),
      validUntil,
    },
    update: { status: "APPROVED", validUntil },
  });
  const controller = await person({
    companyId: member.id,
    firstName: "Marc",
    lastName: "Leroy",
    profileCode: "TECHNIQUE",
    email: "marc.leroy@gvl-demo.fr",
    roles: ["CONTROLLER"],
    isTechnical: true,
    passwordHash,
  });

  const holderPassport = await passport(holder, "PS-2026-7K4M9Q", 60);
  await passport(controller, "PS-2026-R8TW3N", 200);

  // issue 18, item 4: the demo member company's quarry sites, and checks made there by its
  // controller (ids fixed so that seeding again changes nothing)
  const sites = [
    { id: "demositerocheblanche", name: "Carrière de la Roche-Blanche", commune: "Mauges-sur-Loire" },
    { id: "demositepontsdece", name: "Sablière des Ponts-de-Cé", commune: "Les Ponts-de-Cé" },
  ];
  for (const site of sites) {
    await db.site.upsert({
      where: { id: site.id },
      create: { ...site, companyId: member.id },
      update: { name: site.name, commune: site.commune, archivedAt: null },
    });
  }
  await db.passportCheck.createMany({
    skipDuplicates: true,
    data: [1, 2, 5, 9, 12, 20].map((daysAgo, i) => ({
      id: `democheck${String(i + 1).padStart(3, "0")}`,
      passportId: holderPassport.id,
      queriedNumber: "PS-2026-7K4M9Q",
      checkedById: controller.id,
      channel: "CONTROL" as const,
      result: "VALID" as const,
      checkedAt: new Date(Date.now() - daysAgo * day - (i + 7) * 3600_000),
      siteId: sites[i % 2].id,
      companyId: member.id,
    })),
  });
  // issue 11: the statistics read day totals, which issuing a passport keeps; the demo passports
  // are written directly, so the totals are counted again from the passports themselves
  await db.$transaction([
    db.$executeRaw`DELETE FROM "PassportDayCount"`,
    db.$executeRaw`INSERT INTO "PassportDayCount" ("day", "profileId", "issuedVia", "passports")
      SELECT ("issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "profileId", "issuedVia", count(*)::int
      FROM "Passport" GROUP BY 1, 2, 3`,
    // issue 18: the demo checks are written directly too
    db.$executeRaw`DELETE FROM "CheckDayCount"`,
    db.$executeRaw`INSERT INTO "CheckDayCount" ("day", "result", "checks")
      SELECT ("checkedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "result", count(*)::int
      FROM "PassportCheck" GROUP BY 1, 2`,
  ]);
  console.log("[seed] données de démonstration prêtes.");
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
