"use client";
// Issue 12, item 5: "Langue de la formation": the learner's choice, in MES INFORMATIONS and on
// the path. Each language is named in itself, so that a learner finds theirs without French.
import { useId, useState, useTransition } from "react";
import { LANGUAGES, type Language } from "@/lib/content/languages";
import { setLearningLanguageAction } from "@/lib/learning/actions";

export function LanguagePicker({ current }: { current: string }) {
  const id = useId();
  const [value, setValue] = useState(current);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const res = await setLearningLanguageAction({ language: value });
          setMessage(res.ok ? { ok: true, text: "Langue enregistrée." } : { ok: false, text: res.fieldErrors?.language ?? res.error });
        });
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={id} className="font-semibold">
          Langue de la formation <span lang="en">(Training language)</span>
        </label>
        <select
          id={id}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          aria-describedby={message ? `${id}-message` : undefined}
          className="min-h-11 rounded border border-slate-400 bg-white px-3"
        >
          {(Object.entries(LANGUAGES) as [Language, string][]).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-navy px-4 font-bold text-white disabled:opacity-50">
        Choisir
      </button>
      {message ? (
        <p
          id={`${id}-message`}
          role={message.ok ? "status" : "alert"}
          className={`w-full text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}
        >
          {message.text}
        </p>
      ) : null}
      <p className="w-full text-sm text-slate-700">Un module qui n&apos;existe pas dans ta langue s&apos;affiche en français.</p>
    </form>
  );
}
