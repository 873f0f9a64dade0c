// Issue 14, item 6 (H7): "PASSEPORT DE PRÉVENTION", in both company spaces: the company's
// trainings over a period, ready to declare on the national portal (CSV for the portal's form,
// JSON for its future API), and how to use them.
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { parsePeriod, periodQuery } from "@/lib/admin/statistics/period";
import { companyTrainings, PDP_SCHEMA_PATH, PDP_SCHEMA_VERSION } from "@/lib/prevention/pdp-export";
import { dateRangeLabel, durationLabel } from "@/lib/prevention/attestation-document";
import { formatDate } from "@/lib/format";
import { frenchSpaces } from "@/lib/typography";
import { Field } from "@/components/ui/field";
import { Cell, Row, Table } from "@/components/ui/table";

const PREVIEW = 20;
const STEPS = [
  "Choisissez la période à déclarer, puis «\u202fExporter pour le portail (CSV)\u202f»\u202f: le fichier s'ouvre dans Excel.",
  "Connectez-vous au portail du Passeport de prévention avec vos identifiants Net-entreprises et déclarez chaque ligne comme une «\u202fattestation de formation\u202f»\u202f: intitulé, dates, durée, modalité, organisme et formateur sont dans le fichier.",
  "Complétez le numéro de sécurité sociale et la date de naissance du salarié\u202f: la plateforme ne les collecte pas, volontairement (leurs colonnes sont vides).",
  "Gardez l'attestation de formation (PDF) de chaque salarié\u202f: elle est aussi dans son espace.",
];
const frDay = (d: string) => formatDate(new Date(`${d}T12:00:00Z`));

export async function PreventionScreen({
  space,
  searchParams,
}: {
  space: CompanySpace;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const viewer = await requireSpace(space);
  const { period, input, errors } = parsePeriod(searchParams);
  const data = (await companyTrainings(viewer, viewer.company!.id, period))!;
  const exportHref = (format: string) => `/${space}/passeport-prevention/export?format=${format}&${periodQuery(period)}`;
  return (
    <section aria-labelledby="titre" className="grid min-w-0 grid-cols-1 gap-4">
      <h1 id="titre" className="text-2xl font-black">
        PASSEPORT DE PRÉVENTION
      </h1>
      <p className="max-w-3xl">
        Depuis 2026, les employeurs déclarent au Passeport de prévention de l&apos;État les formations en santé et sécurité au travail de
        leurs salariés. Cette page rassemble celles que vos salariés ont suivies sur la plateforme (sensibilisation accueil sécurité, en
        ligne ou en session de groupe), avec les informations que le portail national demande.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label="Période">
        <Field id="du" name="du" type="date" label="Du" defaultValue={input.du} error={errors.du} required />
        <Field id="au" name="au" type="date" label="Au" defaultValue={input.au} error={errors.au} required />
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">
          AFFICHER
        </button>
      </form>
      <p className="text-slate-700">
        Formations terminées du <strong>{frDay(period.from)}</strong> au <strong>{frDay(period.to)}</strong> (jours inclus)&#8239;:{" "}
        <strong>{data.records.length}</strong>.
        {errors.du || errors.au ? " Les dates saisies sont invalides\u202f: la période par défaut (12 derniers mois) est affichée." : ""}
      </p>
      <div className="flex flex-wrap gap-3">
        <a href={exportHref("csv")} className="inline-flex min-h-11 items-center rounded-md bg-safety px-4 font-bold text-navy" download>
          Exporter pour le portail (CSV)
        </a>
        <a
          href={exportHref("json")}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-navy px-4 font-bold text-navy"
          download
        >
          Exporter en JSON (format {PDP_SCHEMA_VERSION})
        </a>
      </div>
      <h2 className="text-lg font-bold">
        Formations de la période{data.records.length > PREVIEW ? ` (les ${PREVIEW} premières\u202f; toutes sont dans l'export)` : ""}
      </h2>
      <Table
        headers={["Salarié", "Formation", "Dates", "Durée", "Modalité", "Formateur", "Attestation"]}
        minWidth="sm:min-w-[760px]"
        empty={data.records.length === 0 ? "Aucune formation terminée sur cette période." : null}
      >
        {data.records.slice(0, PREVIEW).map((r) => (
          <Row key={r.passportId}>
            <Cell className="font-semibold">
              {r.worker.birthName.toUpperCase()} {r.worker.firstNames}
            </Cell>
            <Cell>{r.title}</Cell>
            <Cell>{dateRangeLabel(r.startDate, r.endDate)}</Cell>
            <Cell>{durationLabel(r.durationMinutes)}</Cell>
            <Cell>{r.modality === "SESSION" ? "Session de groupe" : "E-learning"}</Cell>
            <Cell>{r.trainer ? `${r.trainer.firstName} ${r.trainer.lastName.toUpperCase()}` : "-"}</Cell>
            <Cell>
              <a href={`/api/passeports/${r.passportId}/attestation`} className="underline">
                PDF
              </a>
            </Cell>
          </Row>
        ))}
      </Table>
      <section aria-labelledby="declarer" className="grid max-w-3xl gap-2 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="declarer" className="text-lg font-bold">
          Comment déclarer ces formations
        </h2>
        <ol className="list-decimal space-y-1 pl-5">
          {STEPS.map((step) => (
            <li key={step}>{frenchSpaces(step)}</li>
          ))}
        </ol>
        <p className="text-sm text-slate-700">
          Le fichier JSON suit un format versionné et documenté (
          <a href={PDP_SCHEMA_PATH} className="underline">
            schéma JSON {PDP_SCHEMA_VERSION}
          </a>
          ), prévu pour l&apos;interface du portail quand elle ouvrira.
        </p>
      </section>
    </section>
  );
}
