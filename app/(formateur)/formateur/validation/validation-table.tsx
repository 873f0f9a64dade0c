"use client";
// E7: a result per row, then "Enregistrer les modifications" with the seed's confirmation.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { recordDecisionsAction } from "@/lib/sessions/actions";
import { Cell, Row, Table } from "@/components/ui/table";

type Participant = {
  id: string;
  firstName: string;
  lastName: string;
  companyName: string;
  sessionId: string;
  sessionLabel: string;
  decision: "PENDING" | "PASSED" | "MUST_RETAKE";
  blockedBy: "SELF" | "PLAYBACK" | null;
};
const DONE = { PASSED: "✓ Passeport obtenu", MUST_RETAKE: "✗ Doit repasser", PENDING: "" };

export function ValidationTable({ rows }: { rows: Participant[] }) {
  const [choices, setChoices] = useState<Record<string, "PASSED" | "MUST_RETAKE">>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const decisions = Object.entries(choices).map(([participantId, decision]) => ({ participantId, decision }));

  const save = () =>
    startTransition(async () => {
      const res = await recordDecisionsAction({ decisions });
      dialog.current?.close();
      if (res.ok) {
        setChoices({});
        setMessage({ ok: true, text: `Modifications enregistrées\u202f: ${res.data.passports} passeport(s) délivré(s).` });
        router.refresh();
      } else setMessage({ ok: false, text: res.error });
    });

  return (
    <div className="grid min-w-0 gap-3">
      <button
        type="button"
        disabled={decisions.length === 0}
        onClick={() => dialog.current?.showModal()}
        className="min-h-11 justify-self-start rounded-md bg-safety px-4 font-bold uppercase text-navy disabled:opacity-40"
      >
        Enregistrer les modifications
      </button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded p-3 font-semibold ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      ) : null}
      <Table headers={["Prénom", "Nom", "Entreprise", "Session", "Actions"]} empty={rows.length === 0 ? "Aucun participant." : null}>
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>{r.firstName}</Cell>
            <Cell className="font-semibold">{r.lastName.toUpperCase()}</Cell>
            <Cell>{r.companyName}</Cell>
            <Cell>{r.sessionLabel}</Cell>
            <Cell>
              {r.decision !== "PENDING" ? (
                DONE[r.decision]
              ) : r.blockedBy === "SELF" ? (
                "Ton propre passeport\u202f: un autre formateur habilité le valide."
              ) : r.blockedBy === "PLAYBACK" ? (
                <Link href={`/formateur/sessions/${r.sessionId}`} className="font-semibold underline">
                  Diffusion à terminer<span className="sr-only"> pour la session {r.sessionLabel}</span>
                </Link>
              ) : (
                <select
                  aria-label={`Résultat de ${r.firstName} ${r.lastName}`}
                  value={choices[r.id] ?? ""}
                  onChange={(e) =>
                    setChoices((c) => {
                      const next = { ...c };
                      if (e.target.value) next[r.id] = e.target.value as "PASSED" | "MUST_RETAKE";
                      else delete next[r.id];
                      return next;
                    })
                  }
                  className="min-h-10 rounded border border-slate-400 bg-white px-2"
                >
                  <option value="">Sélectionner résultat</option>
                  <option value="PASSED">✓ Passeport obtenu</option>
                  <option value="MUST_RETAKE">✗ Doit repasser</option>
                </select>
              )}
            </Cell>
          </Row>
        ))}
      </Table>
      <dialog ref={dialog} aria-labelledby="enregistrement" className="m-auto max-w-md rounded-lg p-5 backdrop:bg-black/50">
        <h2 id="enregistrement" className="font-bold">
          ENREGISTREMENT DES MODIFICATIONS
        </h2>
        <p className="mt-2">Tu es sur le point de confirmer la validité des passeports. Veux-tu enregistrer ces modifications&#8239;?</p>
        <p className="mt-2 font-semibold">Après cette étape, il ne sera plus possible de les modifier.</p>
        {/* Annuler first: the modal opens on the harmless choice (issue 15) */}
        <div className="mt-4 flex gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
            Annuler
          </button>
          <button type="button" disabled={pending} onClick={save} className="min-h-11 rounded-md bg-safety px-4 font-bold text-navy">
            Enregistrer
          </button>
        </div>
      </dialog>
    </div>
  );
}
