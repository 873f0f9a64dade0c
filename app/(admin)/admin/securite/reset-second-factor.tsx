"use client";
// The administrators' second factors: another administrator who lost both their app and
// their recovery codes gets a reset, confirmed by the acting administrator's own code.
import { useState } from "react";
import { Cell, Row, Table } from "@/components/ui/table";
import { OneTimeCodeForm } from "@/components/auth/one-time-code-form";
import { resetSecondFactorAction } from "@/lib/auth/actions";

export type AdministratorRow = {
  id: string;
  email: string | null;
  disabled: boolean;
  lastLogin: string | null;
  enrolledOn: string | null;
  recoveryCodesLeft: number;
  isViewer: boolean;
};

export function Administrators({ rows }: { rows: AdministratorRow[] }) {
  const [selected, setSelected] = useState<AdministratorRow | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="grid gap-3">
      {done ? (
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
          {done}
        </p>
      ) : null}
      <Table headers={["Administrateur", "Application enregistrée le", "Codes de secours", "Dernière connexion", "Action"]}>
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>
              {r.email ?? "—"}
              {r.isViewer ? " (vous)" : ""}
              {r.disabled ? " — désactivé" : ""}
            </Cell>
            <Cell>{r.enrolledOn ?? "Pas encore (à sa prochaine connexion)"}</Cell>
            <Cell>{r.enrolledOn ? r.recoveryCodesLeft : "—"}</Cell>
            <Cell>{r.lastLogin ?? "—"}</Cell>
            <Cell>
              {r.isViewer || !r.enrolledOn ? null : (
                <button
                  type="button"
                  className="min-h-11 rounded-md border-2 border-navy px-3 font-bold"
                  aria-expanded={selected?.id === r.id}
                  aria-controls="reinitialisation"
                  onClick={() => {
                    setDone(null);
                    setSelected(r);
                  }}
                >
                  Réinitialiser<span className="sr-only"> la double authentification de {r.email}</span>
                </button>
              )}
            </Cell>
          </Row>
        ))}
      </Table>
      {selected ? (
        <div id="reinitialisation" className="grid gap-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
          <h3 id="reinitialisation-titre" className="font-bold">
            Réinitialiser la double authentification de {selected.email}
          </h3>
          <p className="text-sm">
            À faire seulement si cet administrateur a perdu à la fois son application et ses codes de secours, et après avoir vérifié son
            identité (par téléphone, par exemple). Ses sessions seront fermées&#8239;; à sa prochaine connexion, il enregistrera une
            nouvelle application. Il en est prévenu par e-mail et l&apos;opération est inscrite au journal d&apos;audit.
          </p>
          <OneTimeCodeForm
            titleId="reinitialisation-titre"
            fieldId="code-reinitialisation"
            label="Votre code actuel (votre application d'authentification)"
            submitLabel="Confirmer la réinitialisation"
            action={(input) => resetSecondFactorAction({ ...input, accountId: selected.id })}
            onDone={() => {
              setDone(`La double authentification de ${selected.email} a été réinitialisée.`);
              setSelected(null);
            }}
          />
          <button type="button" className="min-h-11 justify-self-start font-bold underline" onClick={() => setSelected(null)}>
            Annuler
          </button>
        </div>
      ) : null}
    </div>
  );
}
