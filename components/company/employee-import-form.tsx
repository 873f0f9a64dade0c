"use client";
// Issue 14, item 1: "IMPORTER DES SALARIÉS". The file stays in the browser between the check
// and the import: it is sent to the server for the preview (nothing written), then again for
// the import, which checks it once more. On a phone each row is a card; from 640 px a table.
import { useRef, useState } from "react";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/safe-action";
import {
  IMPORT_COLUMNS,
  importFileSchema,
  type ImportColumnKey,
  type ImportMode,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
} from "@/lib/people/employee-import.schema";

const LABEL = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.label])) as Record<ImportColumnKey, string>;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("fr-FR")} ${n > 1 ? many : one}`;

function RowErrors({ row }: { row: ImportRow }) {
  const entries = Object.entries(row.errors) as [ImportColumnKey | "row", string][];
  if (entries.length === 0) return <span className="font-semibold text-green-800">Valide</span>;
  return (
    <ul className="grid gap-1 text-red-800">
      {entries.map(([key, message]) => (
        <li key={key}>
          {key === "row" ? null : <span className="font-semibold">{LABEL[key]} : </span>}
          {message}
        </li>
      ))}
    </ul>
  );
}

function PreviewTable({ rows }: { rows: ImportRow[] }) {
  const cell = "px-3 py-1 sm:py-2 sm:table-cell block";
  const label = "font-semibold sm:hidden";
  return (
    <table className="block w-full text-left text-sm sm:table">
      <caption className="sr-only">Lignes du fichier et leurs erreurs</caption>
      <thead className="hidden bg-navy text-white sm:table-header-group">
        <tr>
          <th scope="col" className="px-3 py-3">
            Ligne
          </th>
          <th scope="col" className="px-3 py-3">
            Prénom
          </th>
          <th scope="col" className="px-3 py-3">
            Nom
          </th>
          <th scope="col" className="px-3 py-3">
            Adresse e-mail
          </th>
          <th scope="col" className="px-3 py-3">
            Profil
          </th>
          <th scope="col" className="px-3 py-3">
            Vérification
          </th>
        </tr>
      </thead>
      <tbody className="grid gap-3 sm:table-row-group">
        {rows.map((r) => {
          const bad = Object.keys(r.errors).length > 0;
          return (
            <tr
              key={r.line}
              data-ligne={r.line}
              className={`block rounded-lg border-l-4 bg-white py-2 shadow-sm sm:table-row sm:rounded-none sm:border-l-0 sm:border-t sm:border-slate-200 sm:shadow-none ${bad ? "border-red-700 sm:bg-red-50" : "border-green-700"}`}
            >
              <th scope="row" className={`${cell} font-bold`}>
                <span className="sm:hidden">Ligne </span>
                {r.line}
              </th>
              <td className={cell}>
                <span className={label}>Prénom&#8239;: </span>
                {r.cells.firstName || "—"}
              </td>
              <td className={cell}>
                <span className={label}>Nom&#8239;: </span>
                {r.cells.lastName ? r.cells.lastName.toUpperCase() : "—"}
              </td>
              <td className={`${cell} break-all sm:min-w-48 sm:break-normal sm:[overflow-wrap:anywhere]`}>
                <span className={label}>Adresse e-mail&#8239;: </span>
                {r.cells.email || "aucune (ID unique)"}
              </td>
              <td className={cell}>
                <span className={label}>Profil&#8239;: </span>
                {r.profileName ?? "—"}
              </td>
              <td className={cell}>
                <RowErrors row={r} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function EmployeeImportForm({
  listPath,
  templatePath,
  preview: previewAction,
  importRows,
}: {
  listPath: string;
  templatePath: string;
  preview: (input: { file: File }) => Promise<ActionResult<ImportPreview>>;
  importRows: (input: { file: File; mode: ImportMode }) => Promise<ActionResult<ImportResult>>;
}) {
  // the file is read from the input when a button is pressed (never a stale copy), and the
  // import sends the very file whose preview is shown
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<ImportMode>("valides");
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const check = async () => {
    setFormError(null);
    setPreview(null);
    const chosen = input.current?.files?.[0] ?? null;
    setFile(null);
    const parsed = importFileSchema.safeParse(chosen);
    if (!parsed.success) return setFileError(parsed.error.issues[0].message);
    setFileError(null);
    setBusy(true);
    const res = await previewAction({ file: parsed.data }).finally(() => setBusy(false));
    if (res.ok) {
      setFile(parsed.data);
      setPreview(res.data);
      setOnlyErrors(false);
      setMode("valides");
    } else if (res.fieldErrors?.file) setFileError(res.fieldErrors.file);
    else setFormError(res.error);
  };

  const run = async () => {
    if (!file) return;
    setFormError(null);
    setBusy(true);
    const res = await importRows({ file, mode }).finally(() => setBusy(false));
    if (res.ok) setResult(res.data);
    else setFormError(res.error);
  };

  if (result)
    return (
      <div role="status" className="grid gap-3 rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">
          Import terminé&#8239;: {plural(result.imported, "salarié inscrit", "salariés inscrits")}.
        </p>
        {result.skipped ? <p>{plural(result.skipped, "ligne en erreur a été ignorée", "lignes en erreur ont été ignorées")}.</p> : null}
        <p>
          Chaque salarié qui a une adresse e-mail reçoit un courriel pour choisir son mot de passe. Les identifiants des salariés sans
          adresse e-mail vous sont envoyés&#8239;: transmettez-les-leur.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href={listPath} className={buttonClass("secondary")}>
            Voir la liste des salariés
          </Link>
          <button
            type="button"
            className={buttonClass("ghost")}
            onClick={() => {
              setResult(null);
              setPreview(null);
              setFile(null);
              setInputKey((k) => k + 1);
            }}
          >
            Importer un autre fichier
          </button>
        </div>
      </div>
    );

  const rows = preview ? (onlyErrors ? preview.rows.filter((r) => Object.keys(r.errors).length) : preview.rows) : [];

  return (
    <div className="grid min-w-0 gap-5">
      <section aria-labelledby="modele" className="grid min-w-0 gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="modele" className="text-lg font-bold">
          1. Téléchargez le modèle
        </h2>
        <p className="text-sm">
          Une ligne par salarié, avec les colonnes&#8239;: {IMPORT_COLUMNS.map((c) => c.label).join("\u202f; ")}. Répondez
          «&#8239;oui&#8239;» ou «&#8239;non&#8239;» aux quatre questions. Laissez l&apos;adresse e-mail vide pour un salarié qui n&apos;en
          a pas&#8239;: un ID unique lui sera attribué. Laissez la date SNBPE vide s&apos;il n&apos;a pas de passeport SNBPE. 5&#8239;000
          lignes et 2&nbsp;Mo au plus par fichier.
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={`${templatePath}?format=xlsx`} className={buttonClass("secondary")} download>
            Modèle Excel (.xlsx)
          </a>
          <a href={templatePath} className={buttonClass("secondary")} download>
            Modèle CSV
          </a>
        </div>
      </section>

      <section aria-labelledby="fichier" className="grid min-w-0 gap-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="fichier" className="text-lg font-bold">
          2. Vérifiez votre fichier
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-semibold">
            Fichier des salariés (CSV ou Excel .xlsx) *
          </label>
          <input
            key={inputKey}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error" : undefined}
            ref={input}
            onChange={() => {
              setFile(null);
              setPreview(null);
              setFileError(null);
              setFormError(null);
            }}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
          {fileError ? (
            <p id="import-file-error" role="alert" className="text-sm font-medium text-red-700">
              {fileError}
            </p>
          ) : null}
        </div>
        <div>
          <Button type="button" variant="secondary" onClick={check} disabled={busy}>
            {busy && !preview ? "Vérification…" : "Vérifier le fichier"}
          </Button>
        </div>
        {!preview ? <FormAlert message={formError} /> : null}
      </section>

      {preview ? (
        <section aria-labelledby="apercu" className="grid min-w-0 gap-3">
          <h2 id="apercu" className="text-lg font-bold">
            3. Aperçu avant import
          </h2>
          <p
            role="status"
            className={`rounded p-3 font-semibold ${preview.errorCount ? "bg-amber-50 text-amber-900" : "bg-green-50 text-green-900"}`}
          >
            {plural(preview.rows.length, "ligne", "lignes")} : {plural(preview.validCount, "valide", "valides")},{" "}
            {plural(preview.errorCount, "en erreur", "en erreur")}.
            {preview.errorCount ? " Corrigez le fichier puis vérifiez-le à nouveau, ou importez seulement les lignes valides." : ""}
          </p>
          {preview.errorCount ? (
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} className="size-5" />
              N&apos;afficher que les lignes en erreur
            </label>
          ) : null}
          <div className="min-w-0 sm:overflow-x-auto sm:rounded-lg sm:bg-white sm:shadow-sm">
            <PreviewTable rows={rows} />
          </div>
          <fieldset className="grid gap-1 rounded-lg bg-white p-5 shadow-sm">
            <legend className="float-left mb-2 font-semibold">Que faire des lignes en erreur&#8239;?</legend>
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="mode"
                checked={mode === "valides"}
                onChange={() => setMode("valides")}
                className="size-5 shrink-0"
              />
              Importer les lignes valides et ignorer les lignes en erreur
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="mode" checked={mode === "tout"} onChange={() => setMode("tout")} className="size-5 shrink-0" />
              Tout ou rien&#8239;: n&apos;importer que si toutes les lignes sont valides
            </label>
          </fieldset>
          <FormAlert message={formError} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={run} disabled={busy || preview.validCount === 0}>
              {busy ? "Import…" : `Importer ${plural(mode === "tout" ? preview.rows.length : preview.validCount, "salarié", "salariés")}`}
            </Button>
            <Link href={listPath} className={buttonClass("ghost")}>
              Annuler
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
