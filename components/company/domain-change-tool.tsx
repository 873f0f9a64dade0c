"use client";
// B2: change the e-mail domain of every employee at once, after a preview.
import { useState, useTransition } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyDomainChangeAction, previewDomainChangeAction } from "@/lib/companies/actions";

type Change = { name: string; from: string; to: string; conflict: boolean };

export function DomainChangeTool() {
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<Change[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (apply: boolean) =>
    startTransition(async () => {
      setMessage(null);
      const res = apply ? await applyDomainChangeAction({ from, to }) : await previewDomainChangeAction({ from, to });
      if (!res.ok) {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.error });
        return;
      }
      setErrors({});
      if (apply) {
        setPreview(null);
        setMessage({ ok: true, text: `${(res.data as { changed: number }).changed} adresse(s) modifiée(s).` });
      } else setPreview(res.data as Change[]);
    });

  return (
    <section aria-labelledby="domaine-titre" className="grid gap-4 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="domaine-titre" className="text-lg font-bold">
        Changer le domaine des adresses e-mail des salariés
      </h2>
      <p className="text-sm text-slate-700">
        Votre entreprise change de nom de domaine&#8239;? Toutes les adresses de vos salariés sont modifiées en une fois, après
        vérification.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(false);
        }}
        className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <Field
          id="from"
          label="Ancien domaine"
          placeholder="ancienne-entreprise.fr"
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
            setPreview(null);
          }}
          error={errors.from}
        />
        <Field
          id="to"
          label="Nouveau domaine"
          placeholder="nouvelle-entreprise.fr"
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
            setPreview(null);
          }}
          error={errors.to}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          Prévisualiser
        </Button>
      </form>
      {preview ? (
        preview.length === 0 ? (
          <p role="status">Aucun salarié n&apos;a d&apos;adresse dans ce domaine.</p>
        ) : (
          <div className="grid gap-3">
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-2 text-left font-semibold">{preview.length} adresse(s) seront modifiées</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      Salarié
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Adresse actuelle
                    </th>
                    <th scope="col" className="py-1">
                      Nouvelle adresse
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((c) => (
                    <tr key={c.from} className="border-t">
                      <td className="py-1 pr-3">{c.name}</td>
                      <td className="py-1 pr-3">{c.from}</td>
                      <td className={`py-1 ${c.conflict ? "font-semibold text-red-700" : ""}`}>
                        {c.to}
                        {c.conflict ? " (déjà utilisée)" : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Button
              type="button"
              disabled={pending || preview.some((c) => c.conflict)}
              onClick={() => run(true)}
              className="justify-self-start"
            >
              Confirmer le changement
            </Button>
          </div>
        )
      ) : null}
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded p-3 font-semibold ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
