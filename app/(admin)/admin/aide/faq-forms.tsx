"use client";
// The administrators' FAQ editor: a theme's title (new or renamed), an entry (new or edited),
// and the buttons that move a row up or down. Each form sends its server action and shows the
// errors next to its fields.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { faqEntrySchema, faqThemeSchema, type FaqEntryInput, type FaqThemeInput } from "@/lib/help/faq.schema";
import {
  createFaqEntryAction,
  createFaqThemeAction,
  moveFaqEntryAction,
  moveFaqThemeAction,
  updateFaqEntryAction,
  updateFaqThemeAction,
} from "@/lib/help/actions";

const control = "rounded-md border bg-white px-3 py-2 text-base";

export function ThemeForm({ theme }: { theme?: { id: string; title: string } }) {
  const { form, error, send } = useActionForm<FaqThemeInput>(
    faqThemeSchema,
    { title: theme?.title ?? "" },
    (values) => (theme ? updateFaqThemeAction({ ...values, id: theme.id }) : createFaqThemeAction(values)),
    { resetOnSuccess: !theme },
  );
  const id = theme ? `theme-titre-${theme.id}` : "nouveau-theme";
  return (
    <form
      noValidate
      aria-label={theme ? `Renommer le thème ${theme.title}` : "Nouveau thème"}
      onSubmit={form.handleSubmit(send)}
      className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
    >
      <Field
        id={id}
        label={theme ? "Titre du thème" : "Nouveau thème"}
        error={form.formState.errors.title?.message}
        {...form.register("title")}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {theme ? "Renommer" : "Ajouter le thème"}
      </Button>
      <div className="sm:col-span-2">
        <FormAlert message={error} />
      </div>
    </form>
  );
}

type Entry = { id: string; themeId: string; question: string; answer: string; keywords: string };

export function EntryForm({
  entry,
  themes,
  defaultThemeId,
}: {
  entry?: Entry;
  themes: { id: string; title: string }[];
  defaultThemeId?: string;
}) {
  const [saved, setSaved] = useState(false);
  const { form, error, send } = useActionForm<FaqEntryInput>(
    faqEntrySchema,
    {
      themeId: entry?.themeId ?? defaultThemeId ?? "",
      question: entry?.question ?? "",
      answer: entry?.answer ?? "",
      keywords: entry?.keywords ?? "",
    },
    (values) => (entry ? updateFaqEntryAction({ ...values, id: entry.id }) : createFaqEntryAction(values)),
    { resetOnSuccess: !entry },
  );
  const errors = form.formState.errors;
  const p = entry ? `question-${entry.id}` : "nouvelle-question";
  return (
    <form
      noValidate
      aria-label={entry ? `Modifier la question ${entry.question}` : "Nouvelle question"}
      onSubmit={form.handleSubmit(async (values) => setSaved(await send(values)))}
      className="grid gap-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${p}-theme`} className="text-sm font-semibold">
          Thème *
        </label>
        <select id={`${p}-theme`} className={`${control} min-h-11 border-slate-400`} {...form.register("themeId")}>
          <option value="">Choisissez un thème</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        {errors.themeId ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errors.themeId.message}
          </p>
        ) : null}
      </div>
      <Field id={`${p}-question`} label="Question *" error={errors.question?.message} {...form.register("question")} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${p}-answer`} className="text-sm font-semibold">
          Réponse * <span className="font-normal text-slate-600">(une ligne vide sépare les paragraphes)</span>
        </label>
        <textarea
          id={`${p}-answer`}
          rows={6}
          aria-invalid={errors.answer ? true : undefined}
          className={`${control} ${errors.answer ? "border-red-700" : "border-slate-400"}`}
          {...form.register("answer")}
        />
        {errors.answer ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errors.answer.message}
          </p>
        ) : null}
      </div>
      <Field
        id={`${p}-keywords`}
        label="Mots-clés"
        hint="D'autres mots qui doivent trouver cette question (sigles, synonymes), séparés par des espaces."
        error={errors.keywords?.message}
        {...form.register("keywords")}
      />
      <FormAlert message={error} />
      {saved && entry ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          Question enregistrée.
        </p>
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting} className="justify-self-start">
        {entry ? "Enregistrer" : "Ajouter la question"}
      </Button>
    </form>
  );
}

export function MoveButtons({
  kind,
  id,
  label,
  first,
  last,
}: {
  kind: "theme" | "entry";
  id: string;
  label: string;
  first: boolean;
  last: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const move = (direction: "up" | "down") =>
    start(async () => {
      const res = await (kind === "theme" ? moveFaqThemeAction : moveFaqEntryAction)({ id, direction });
      if (res.ok) router.refresh();
      else setError(res.error);
    });
  const cls = "min-h-11 min-w-11 rounded border border-slate-400 bg-white px-2 font-bold disabled:opacity-40";
  return (
    <span className="inline-flex items-center gap-1">
      <button type="button" className={cls} disabled={first || pending} onClick={() => move("up")} aria-label={`Monter ${label}`}>
        ↑
      </button>
      <button type="button" className={cls} disabled={last || pending} onClick={() => move("down")} aria-label={`Descendre ${label}`}>
        ↓
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
