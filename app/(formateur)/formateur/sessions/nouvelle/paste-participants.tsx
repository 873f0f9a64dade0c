"use client";
// Issue 14, item 2: step 2 of "CRÉER UNE SENSIBILISATION" filled from a spreadsheet: cells
// copied in Excel and pasted here (tab-separated, read in the browser), or a CSV / Excel file
// (read by the server, like an employee import).
// Each row fills one "Participant n°k" form, which the forms' own checks then validate.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { parseDelimited } from "@/lib/spreadsheet/delimited";
import { MAX_FILE_BYTES, FILE_TOO_LARGE } from "@/lib/spreadsheet/limits";
import { participantsFromRows, PARTICIPANT_COLUMNS, type ParticipantRow } from "@/lib/sessions/participant-rows";
import { readParticipantsFileAction } from "@/lib/sessions/actions";

export function PasteParticipants({ count, onFill }: { count: number; onFill: (rows: ParticipantRow[]) => Promise<void> }) {
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const fill = async () => {
    setError(null);
    setDone(null);
    const file = input.current?.files?.[0] ?? null;
    if (file && file.size > MAX_FILE_BYTES) return setError(FILE_TOO_LARGE);
    let rows: ParticipantRow[];
    if (file) {
      const res = await readParticipantsFileAction({ file });
      if (!res.ok) return setError(res.fieldErrors?.file ?? res.error);
      rows = res.data;
    } else rows = participantsFromRows(parseDelimited(text));
    const participants = rows.filter((p) => p.lastName || p.firstName || p.email || p.companyName);
    if (participants.length === 0)
      return setError("Aucun participant trouvé\u202f: colle au moins une ligne (Nom, Prénom, e-mail, Entreprise).");
    await onFill(participants.slice(0, count));
    const n = Math.min(count, participants.length);
    setDone(
      `${n} formulaire${n > 1 ? "s remplis" : " rempli"} sur ${count}.` +
        (participants.length > count
          ? ` Le tableau compte ${participants.length} lignes pour ${count} participants\u202f: seules les ${count} premières ont été reprises.`
          : "") +
        " Vérifie chaque formulaire\u202f: les erreurs s'affichent sous les champs.",
    );
  };

  return (
    <details className="min-w-0 rounded-lg bg-white p-4 shadow-sm" open>
      <summary className="min-h-11 cursor-pointer content-center font-bold">Remplir depuis un tableur</summary>
      <div className="mt-3 grid gap-3">
        <p className="text-sm text-slate-700">
          Une ligne par participant, colonnes {PARTICIPANT_COLUMNS.join(", ")} (avec ou sans ligne de titres). Copie les cellules dans Excel
          et colle-les ici, ou choisis le fichier.
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor="paste-cells" className="text-sm font-semibold">
            Cellules copiées depuis le tableur
          </label>
          <textarea
            id="paste-cells"
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={"Dupont\tBaptiste\tbaptiste@exemple.fr\tCarrières Services Transports"}
            className="w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="participants-file" className="text-sm font-semibold">
            Ou un fichier (CSV ou Excel .xlsx)
          </label>
          <input
            id="participants-file"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ref={input}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <FormAlert message={error} />
        {done ? (
          <p role="status" className="rounded bg-green-50 p-3 text-sm font-semibold text-green-900">
            {done}
          </p>
        ) : null}
        <div>
          <Button type="button" variant="secondary" onClick={fill} disabled={!text.trim() && !file}>
            Remplir les formulaires
          </Button>
        </div>
      </div>
    </details>
  );
}
