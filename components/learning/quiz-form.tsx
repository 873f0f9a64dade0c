"use client";
// D4: the quiz. One radio group per question; every question must be answered before
// sending. The form knows nothing about the right answers.
import { useLocale, useTranslations } from "next-intl";
import { frenchSpaces } from "@/lib/typography";
import { useState } from "react";

export type QuizQuestion = { id: string; text: string; multiple: boolean; choices: { id: string; text: string }[] };

export function QuizForm({
  questions,
  onSubmit,
  pending,
}: {
  questions: QuizQuestion[];
  onSubmit: (answers: Record<string, string[]>) => void;
  pending: boolean;
}) {
  const t = useTranslations("quiz");
  // French typography for French texts only (an English "?" keeps no space before it)
  const typo = useLocale() === "fr" ? frenchSpaces : (text: string) => text;
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [showMissing, setShowMissing] = useState(false);
  const missing = questions.filter((q) => !answers[q.id]?.length);
  const toggle = (q: QuizQuestion, choiceId: string, checked: boolean) =>
    setAnswers((a) => {
      if (!q.multiple) return { ...a, [q.id]: [choiceId] };
      const now = new Set(a[q.id] ?? []);
      if (checked) now.add(choiceId);
      else now.delete(choiceId);
      return { ...a, [q.id]: [...now] };
    });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length > 0) {
          setShowMissing(true);
          document.getElementById(`q-${missing[0].id}`)?.focus();
          return;
        }
        onSubmit(answers);
      }}
      className="grid gap-5"
    >
      {questions.map((q, qi) => {
        const error = showMissing && !answers[q.id]?.length;
        return (
          <fieldset
            key={q.id}
            id={`q-${q.id}`}
            tabIndex={-1}
            aria-describedby={error ? `q-${q.id}-error` : undefined}
            className={`rounded-lg bg-white p-4 shadow-sm ${error ? "ring-2 ring-red-700" : ""}`}
          >
            {/* a floated legend sits inside its card, not across its top edge (issue 15) */}
            <legend className="float-left w-full font-bold">
              {t("question", { n: qi + 1, total: questions.length, text: typo(q.text) })}
            </legend>
            {q.multiple ? <p className="clear-both pt-1 text-sm text-slate-700">{t("several")}</p> : null}
            <div className="clear-both grid gap-2 pt-2">
              {q.choices.map((c) => (
                <label
                  key={c.id}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-slate-300 px-3 py-2 has-[:checked]:border-navy has-[:checked]:bg-slate-100"
                >
                  <input
                    type={q.multiple ? "checkbox" : "radio"}
                    name={q.id}
                    value={c.id}
                    checked={answers[q.id]?.includes(c.id) ?? false}
                    onChange={(e) => toggle(q, c.id, e.currentTarget.checked)}
                    className="size-5 shrink-0"
                  />
                  <span>{typo(c.text)}</span>
                </label>
              ))}
            </div>
            {error ? (
              <p id={`q-${q.id}-error`} role="alert" className="mt-2 text-sm font-medium text-red-700">
                {q.multiple ? t("chooseSome") : t("chooseOne")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 justify-self-start rounded-md bg-safety px-6 font-bold uppercase text-navy disabled:opacity-50"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
