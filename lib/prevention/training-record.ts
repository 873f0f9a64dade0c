// Issue 14, item 6 (H7, seed 004): a passport seen as a training for the State's "Passeport de
// prévention": what the "attestation de formation" says and what the employer declares on the
// national portal. One function for the attestation PDF, the CSV and the JSON, so that they
// always agree. Who may read which passport: visiblePassportsWhere (lib/passports/passport-access.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The training organisation of the e-learning path (the platform's publisher). */
export const PLATFORM_ORGANISATION = "UNPG — Union nationale des producteurs de granulats (plateforme Passeport Sécurité)";

export const trainingSelect = {
  id: true,
  number: true,
  status: true,
  issuedAt: true,
  expiresAt: true,
  revokedAt: true,
  issuedVia: true,
  profile: {
    select: {
      name: true,
      modules: { select: { module: { select: { title: true, currentVersion: { select: { durationSeconds: true } } } } } },
    },
  },
  company: { select: { name: true, siret: true, vatNumber: true } },
  person: { select: { firstName: true, lastName: true } },
  path: {
    select: {
      startedAt: true,
      completedAt: true,
      progress: {
        select: {
          passedVia: true,
          version: { select: { durationSeconds: true } },
          module: { select: { title: true, currentVersion: { select: { durationSeconds: true } } } },
        },
      },
    },
  },
  session: { select: { number: true, heldOn: true } },
  trainer: { select: { firstName: true, lastName: true, company: { select: { name: true, siret: true } } } },
} satisfies Prisma.PassportSelect;

type Row = Prisma.PassportGetPayload<{ select: typeof trainingSelect }>;

export type TrainingRecord = {
  passportId: string;
  passportNumber: string;
  title: string;
  startDate: Date;
  endDate: Date;
  durationMinutes: number;
  modality: "E_LEARNING" | "SESSION";
  modalityLabel: string;
  modules: string[];
  organisation: { name: string; siret: string | null };
  trainer: { lastName: string; firstName: string } | null;
  sessionNumber: number | null;
  worker: { birthName: string; firstNames: string };
  employer: { name: string; siret: string | null; vatNumber: string | null };
  result: "PASSED";
  resultLabel: string;
  passportStatus: "VALID" | "EXPIRED" | "REVOKED";
  validUntil: Date;
};

export const MODALITY_LABEL = {
  E_LEARNING: "E-learning (formation à distance)",
  SESSION: "Session de groupe (présentiel, avec formateur)",
} as const;

export function trainingTitle(profileName: string) {
  return `Sensibilisation accueil sécurité en carrière — ${profileName}`;
}

export function trainingRecord(p: Row, now = new Date()): TrainingRecord {
  const session = p.issuedVia === "SESSION";
  // the modules followed: the path's (online), or the profile's (a group session shows them all)
  // issue 12: the duration of the version taken, or of the published one
  const modules =
    !session && p.path?.progress.length
      ? p.path.progress.map((m) => ({
          title: m.module.title,
          durationSeconds: (m.version ?? m.module.currentVersion)?.durationSeconds ?? 0,
        }))
      : p.profile.modules.map((m) => ({ title: m.module.title, durationSeconds: m.module.currentVersion?.durationSeconds ?? 0 }));
  const seconds = modules.reduce((sum, m) => sum + m.durationSeconds, 0);
  const modality = session ? "SESSION" : "E_LEARNING";
  const startDate = session ? (p.session?.heldOn ?? p.issuedAt) : (p.path?.startedAt ?? p.issuedAt);
  const endDate = session ? (p.session?.heldOn ?? p.issuedAt) : (p.path?.completedAt ?? p.issuedAt);
  return {
    passportId: p.id,
    passportNumber: p.number,
    title: trainingTitle(p.profile.name),
    startDate,
    endDate,
    durationMinutes: Math.max(1, Math.ceil(seconds / 60)),
    modality,
    modalityLabel: MODALITY_LABEL[modality],
    modules: modules.map((m) => m.title),
    organisation:
      session && p.trainer
        ? { name: p.trainer.company.name, siret: p.trainer.company.siret }
        : { name: PLATFORM_ORGANISATION, siret: null },
    trainer: session && p.trainer ? { lastName: p.trainer.lastName, firstName: p.trainer.firstName } : null,
    sessionNumber: p.session?.number ?? null,
    worker: { birthName: p.person.lastName, firstNames: p.person.firstName },
    employer: { name: p.company.name, siret: p.company.siret, vatNumber: p.company.vatNumber },
    result: "PASSED",
    resultLabel: `Formation suivie et réussie : passeport sécurité n°\u00a0${p.number} délivré`,
    passportStatus: p.status === "REVOKED" ? "REVOKED" : p.expiresAt <= now ? "EXPIRED" : "VALID",
    validUntil: p.expiresAt,
  };
}
