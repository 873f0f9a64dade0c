// Issue 14, item 6 (H7): a company's trainings over a period, with what the national
// "Passeport de prévention" portal asks of an employer, as CSV (French Excel) and as JSON
// following a versioned JSON Schema (docs/passeport-prevention/, served at
// /api/passeport-prevention/schema), ready for the portal's future API. Only the company's own
// login (its referent) and administrators may export; a company only ever gets the passports
// issued while the worker was its own (Passport.companyId), never another company's.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { isId } from "@/lib/text";
import { publicUrl } from "@/lib/env";
import { toCsv } from "@/lib/admin/statistics/csv";
import type { Period } from "@/lib/admin/statistics/period";
import { trainingRecord, trainingSelect, type TrainingRecord } from "@/lib/prevention/training-record";

export const PDP_SCHEMA_VERSION = "1.0";
export const PDP_SCHEMA_PATH = "/api/passeport-prevention/schema";
/** A company's export is built in one answer; beyond this, the referent narrows the period. */
export const PDP_MAX_ROWS = 50_000;
const BATCH = 1000;

/** The company whose trainings the viewer may export: their own (company login), or any for an administrator. */
export function assertPdpExporter(viewer: Viewer | null, companyId: string): asserts viewer is Viewer {
  if (viewer?.isAdmin) return;
  if (!viewer?.company || viewer.company.id !== companyId) throw new AccessDeniedError();
}

const parisHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" });
/** The instant a Paris calendar day (AAAA-MM-JJ) begins. */
export function parisDayStart(day: string) {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - Number(parisHour.format(utcMidnight)) * 3600_000);
}
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const parisDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });
const isoDay = (d: Date) => parisDate.format(d);
const frDay = (d: Date) => isoDay(d).split("-").reverse().join("/");

/** The company's trainings whose passport was issued within the period (Paris days, both included), oldest first. */
export async function companyTrainings(viewer: Viewer | null, companyId: string, period: Period, now = new Date()) {
  assertPdpExporter(viewer, companyId);
  if (!isId(companyId)) return null;
  const company = await db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true, siret: true, vatNumber: true } });
  if (!company) return null;
  const records: TrainingRecord[] = [];
  const where = { companyId, issuedAt: { gte: parisDayStart(period.from), lt: parisDayStart(nextDay(period.to)) } };
  // keyset batches: a large company's year never comes back as one giant result
  const batch = (after: { issuedAt: Date; id: string } | null) =>
    db.passport.findMany({
      where: after
        ? { AND: [where, { OR: [{ issuedAt: { gt: after.issuedAt } }, { issuedAt: after.issuedAt, id: { gt: after.id } }] }] }
        : where,
      orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: trainingSelect,
    });
  for (let rows = await batch(null); ; rows = await batch(rows[rows.length - 1])) {
    for (const r of rows) records.push(trainingRecord(r, now));
    if (rows.length < BATCH || records.length >= PDP_MAX_ROWS) break;
  }
  return { company, period, records: records.slice(0, PDP_MAX_ROWS), truncated: records.length >= PDP_MAX_ROWS };
}

export type CompanyTrainings = NonNullable<Awaited<ReturnType<typeof companyTrainings>>>;

/** The columns, in the order of the portal's form; empty ones are identifiers the platform does not collect on purpose. */
export const PDP_CSV_HEADERS = [
  "Intitulé de la formation",
  "Date de début",
  "Date de fin",
  "Durée (heures)",
  "Modalité",
  "Organisme de formation",
  "SIRET de l'organisme de formation",
  "Nom du formateur",
  "Prénom du formateur",
  "Nom de naissance du salarié",
  "Prénoms du salarié",
  "Date de naissance du salarié (non collectée)",
  "NIR - numéro de sécurité sociale (non collecté)",
  "Employeur",
  "SIRET de l'employeur",
  "Résultat",
  "N° de passeport sécurité",
  "Passeport valable jusqu'au",
];

export function pdpCsv(data: CompanyTrainings) {
  return toCsv(
    PDP_CSV_HEADERS,
    data.records.map((r) => [
      r.title,
      frDay(r.startDate),
      frDay(r.endDate),
      Math.round((r.durationMinutes / 60) * 100) / 100,
      r.modality === "SESSION" ? "Présentiel (session de groupe)" : "E-learning",
      r.organisation.name,
      r.organisation.siret ?? "",
      r.trainer?.lastName ?? "",
      r.trainer?.firstName ?? "",
      r.worker.birthName,
      r.worker.firstNames,
      "",
      "",
      data.company.name,
      data.company.siret ?? "",
      "Réussite",
      r.passportNumber,
      frDay(r.validUntil),
    ]),
  );
}

/** The JSON document of docs/passeport-prevention/attestations-1.0.schema.json. */
export function pdpJson(data: CompanyTrainings, now = new Date()) {
  return {
    $schema: `${publicUrl()}${PDP_SCHEMA_PATH}`,
    schemaVersion: PDP_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    period: { from: data.period.from, to: data.period.to },
    employer: { name: data.company.name, siret: data.company.siret, vatNumber: data.company.vatNumber },
    truncated: data.truncated,
    trainings: data.records.map((r) => ({
      kind: "ATTESTATION_FORMATION",
      title: r.title,
      startDate: isoDay(r.startDate),
      endDate: isoDay(r.endDate),
      durationMinutes: r.durationMinutes,
      modality: r.modality,
      organisation: r.organisation,
      trainer: r.trainer,
      worker: { birthName: r.worker.birthName, firstNames: r.worker.firstNames, birthDate: null, nir: null },
      result: r.result,
      passportNumber: r.passportNumber,
      passportStatus: r.passportStatus,
      validUntil: isoDay(r.validUntil),
    })),
  };
}

/** The export route's answer (CSV or JSON), or null when the company does not exist. */
export async function pdpExportResponse(viewer: Viewer, companyId: string, period: Period, format: string) {
  const data = await companyTrainings(viewer, companyId, period);
  if (!data) return null;
  const name = `passeport-prevention-${data.company.siret ?? "entreprise"}-${period.from}-${period.to}`;
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "json")
    return new Response(JSON.stringify(pdpJson(data), null, 2), {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.json"`,
      },
    });
  return new Response(pdpCsv(data), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
  });
}
