"use client";
// Issue 12: the draft editor's forms. Each section saves on its own (a server action that
// checks the administrator, validates, writes in one transaction and audits).
import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type Control, type UseFormRegister, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { ModuleFigures } from "@/components/studio/module-figures";
import { FormAlert } from "@/components/ui/form-alert";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/studio/text-area";
import { UploadField } from "@/components/studio/upload-field";
import {
  draftDetailsSchema,
  questionsFormSchema,
  toQuestionInputs,
  type DraftDetailsInput,
  type QuestionsForm,
} from "@/lib/content/schemas";
import {
  discardDraftAction,
  publishVersionAction,
  saveDraftDetailsAction,
  saveQuestionsAction,
  saveSlidesAction,
  saveVideoAction,
} from "@/lib/content/actions";
import { frenchSpaces } from "@/lib/typography";

function Saved({ show }: { show: boolean }) {
  return show ? (
    <p role="status" className="text-sm font-semibold text-green-800">
      Enregistré.
    </p>
  ) : null;
}

export function PublishPanel({
  versionId,
  moduleId,
  problems,
  canDiscard,
  firstPublication,
}: {
  versionId: string;
  moduleId: string;
  problems: string[];
  canDiscard: boolean;
  firstPublication: boolean;
}) {
  const router = useRouter();
  return (
    <section aria-labelledby="publier" className="grid gap-3 rounded-lg border-l-4 border-safety bg-white p-4 shadow-sm">
      <h2 id="publier" className="text-lg font-bold">
        Aperçu et publication
      </h2>
      <div className="flex flex-wrap gap-3">
        <Link href={`/admin/contenus/versions/${versionId}/apercu`} className={buttonClass("secondary")}>
          Aperçu comme un apprenant
        </Link>
        <Link href={`/admin/contenus/versions/${versionId}/apercu?vue=projection`} className={buttonClass("secondary")}>
          Aperçu en projection
        </Link>
      </div>
      {problems.length ? (
        <div>
          <p className="font-semibold">Avant de publier&#8239;:</p>
          <ul className="list-disc pl-6 text-sm">
            {problems.map((p) => (
              <li key={p}>{frenchSpaces(p)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          {frenchSpaces(
            firstPublication
              ? "Une fois publié, le module entre dans les parcours des profils qui le contiennent."
              : "Les apprenants qui ont commencé ce module gardent leur version ; les suivants, et ceux qui échouent, prennent la nouvelle.",
          )}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {problems.length === 0 ? (
          <ConfirmButton
            id="confirmer-publication"
            trigger="Publier"
            triggerClassName={buttonClass("primary")}
            title="Publier ce brouillon&#8239;?"
            onConfirm={async () => {
              const res = await publishVersionAction({ versionId });
              if (res.ok) router.push(`/admin/contenus/modules/${moduleId}`);
              return res;
            }}
          >
            <p className="mt-2 text-sm">
              Il devient la version en cours du module. La version précédente est gardée telle quelle dans l&apos;historique.
            </p>
          </ConfirmButton>
        ) : null}
        {canDiscard ? (
          <ConfirmButton
            id="confirmer-abandon"
            trigger="Abandonner le brouillon"
            triggerClassName={buttonClass("ghost")}
            title="Abandonner ce brouillon&#8239;?"
            confirmClassName="bg-red-700 text-white"
            onConfirm={async () => {
              const res = await discardDraftAction({ versionId });
              if (res.ok) router.push(`/admin/contenus/modules/${moduleId}`);
              return res;
            }}
          >
            <p className="mt-2 text-sm">Ses modifications sont perdues&#8239;; la version publiée ne change pas.</p>
          </ConfirmButton>
        ) : null}
      </div>
    </section>
  );
}

export function DetailsForm({ versionId, values }: { versionId: string; values: DraftDetailsInput }) {
  const [saved, setSaved] = useState(false);
  const { form, error, send } = useActionForm<DraftDetailsInput>(draftDetailsSchema, values, (v) =>
    saveDraftDetailsAction({ ...v, versionId }),
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form noValidate onSubmit={handleSubmit(async (v) => setSaved(await send(v)))} onChange={() => setSaved(false)} className="grid gap-4">
      <Field id="title" label="Titre du module" error={errors.title?.message} {...register("title")} />
      <TextArea id="summary" label="Courte description" rows={3} error={errors.summary?.message} {...register("summary")} />
      <ModuleFigures register={register} errors={errors} />
      <FormAlert message={error} />
      <Saved show={saved} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          Enregistrer les informations
        </Button>
      </div>
    </form>
  );
}

const fileName = (path: string) => path.split("/").pop() ?? path;

export function VideoEditor({
  versionId,
  mediaPath,
  captionsPath,
  transcript,
  save = (v) => saveVideoAction({ versionId, ...v }),
}: {
  versionId: string;
  mediaPath: string;
  captionsPath: string | null;
  transcript: string;
  save?: (v: { mediaPath: string; captionsPath: string | null; transcript: string }) => ReturnType<typeof saveVideoAction>;
}) {
  const router = useRouter();
  const [text, setText] = useState(transcript);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const store = (patch: { mediaPath?: string; captionsPath?: string | null; transcript?: string }) =>
    startTransition(async () => {
      setError(null);
      const res = await save({ mediaPath, captionsPath, transcript: text, ...patch });
      if (res.ok) {
        setSaved(true);
        router.refresh();
      } else setError(res.fieldErrors ? Object.values(res.fieldErrors)[0] : res.error);
    });
  return (
    <div className="grid gap-4">
      {mediaPath ? (
        <video controls preload="metadata" className="aspect-video w-full max-w-xl rounded bg-black" src={mediaPath}>
          {captionsPath ? <track kind="captions" src={captionsPath} srcLang="fr" label="Sous-titres" default /> : null}
        </video>
      ) : null}
      <UploadField
        label="Vidéo (MP4 ou WebM)"
        usage="video"
        accept="video/mp4,video/webm"
        hint="Vérifiée par son contenu, pas par son nom. La nouvelle vidéo remplace la précédente dans ce brouillon."
        current={mediaPath ? { href: mediaPath, label: fileName(mediaPath) } : null}
        onUploaded={(data) => store({ mediaPath: (data as { url: string }).url })}
      />
      <UploadField
        label="Sous-titres (fichier WebVTT, obligatoires)"
        usage="captions"
        accept=".vtt,text/vtt"
        current={captionsPath ? { href: captionsPath, label: fileName(captionsPath) } : null}
        onUploaded={(data) => store({ captionsPath: (data as { url: string }).url })}
      />
      <TextArea
        id={`transcript-${versionId}`}
        label="Transcription (texte de la vidéo)"
        rows={6}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
        hint="Pour qui ne peut ni voir ni entendre la vidéo&#8239;: elle est proposée sous le lecteur."
      />
      <FormAlert message={error} />
      <Saved show={saved && !pending} />
      <div>
        <Button type="button" disabled={pending} onClick={() => store({ transcript: text })}>
          Enregistrer la transcription
        </Button>
      </div>
    </div>
  );
}

type SlideValue = { image: string; alt: string; text: string };

export function SlidesEditor({
  versionId,
  slides: initial,
  save = (slides) => saveSlidesAction({ versionId, slides }),
  fixedCount = false,
}: {
  versionId: string;
  slides: SlideValue[];
  save?: (slides: SlideValue[]) => ReturnType<typeof saveSlidesAction>;
  /** a translation keeps the French slides' count and order: no upload of new slides, no move */
  fixedCount?: boolean;
}) {
  const router = useRouter();
  const [slides, setSlides] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const moved = useRef<string | null>(null);
  const change = (next: SlideValue[]) => {
    setSlides(next);
    setSaved(false);
  };
  const move = (from: number, to: number, focus: string) => {
    if (to < 0 || to >= slides.length) return;
    const next = [...slides];
    const [s] = next.splice(from, 1);
    next.splice(to, 0, s);
    change(next);
    moved.current = focus;
    requestAnimationFrame(() => document.getElementById(`slide-${to}-${focus}`)?.focus());
  };
  const store = (next: SlideValue[]) =>
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const res = await save(next);
      if (res.ok) {
        setSaved(true);
        router.refresh();
      } else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
      }
    });
  return (
    <div className="grid gap-4">
      {!fixedCount ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <UploadField
            label="Ajouter des images (PNG, JPEG ou WebP)"
            usage="image"
            accept="image/png,image/jpeg,image/webp"
            multiple
            onUploaded={(data) => setSlides((s) => [...s, { image: (data as { url: string }).url, alt: "", text: "" }])}
          />
          <UploadField
            label="Ou un PDF, transformé en diapositives"
            usage="pdf"
            accept="application/pdf"
            hint="Chaque page devient une diapositive&#8239;; son texte est repris, à relire."
            onUploaded={(data) => setSlides((s) => [...s, ...(data as { slides: SlideValue[] }).slides])}
          />
        </div>
      ) : null}
      {slides.length === 0 ? <p className="text-slate-700">Aucune diapositive pour l&apos;instant.</p> : null}
      <ol className="grid gap-4">
        {slides.map((s, i) => (
          <li key={`${s.image}-${i}`} className="grid gap-3 rounded border border-slate-200 p-3 md:grid-cols-[12rem_1fr]">
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored medium, served with its own caching */}
            <img src={s.image} alt="" className="w-full rounded border border-slate-200" />
            <div className="grid gap-2">
              <p className="font-bold">Diapositive {i + 1}</p>
              <Field
                id={`slide-${i}-alt`}
                label="Description de l'image (pour les lecteurs d'écran)"
                value={s.alt}
                error={fieldErrors[`slides.${i}.alt`]}
                onChange={(e) => change(slides.map((x, j) => (j === i ? { ...x, alt: e.target.value } : x)))}
              />
              <TextArea
                id={`slide-${i}-text`}
                label="Texte de la diapositive"
                rows={3}
                value={s.text}
                error={fieldErrors[`slides.${i}.text`]}
                onChange={(e) => change(slides.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
              />
              {!fixedCount ? (
                <div className="flex flex-wrap gap-2">
                  <button
                    id={`slide-${i}-up`}
                    type="button"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1, "up")}
                    className="min-h-11 rounded border border-navy px-3 text-sm font-semibold disabled:opacity-40"
                  >
                    Monter<span className="sr-only"> la diapositive {i + 1}</span>
                  </button>
                  <button
                    id={`slide-${i}-down`}
                    type="button"
                    disabled={i === slides.length - 1}
                    onClick={() => move(i, i + 1, "down")}
                    className="min-h-11 rounded border border-navy px-3 text-sm font-semibold disabled:opacity-40"
                  >
                    Descendre<span className="sr-only"> la diapositive {i + 1}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() => change(slides.filter((_, j) => j !== i))}
                    className="min-h-11 rounded border border-red-700 px-3 text-sm font-semibold text-red-800"
                  >
                    Retirer<span className="sr-only"> la diapositive {i + 1}</span>
                  </button>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <FormAlert message={error} />
      <Saved show={saved && !pending} />
      <div>
        <Button type="button" disabled={pending} onClick={() => store(slides)}>
          Enregistrer les diapositives
        </Button>
      </div>
    </div>
  );
}

export function QuestionsEditor({
  versionId,
  mediaKind,
  slideCount,
  questions,
}: {
  versionId: string;
  mediaKind: "VIDEO" | "SLIDES";
  slideCount: number;
  questions: QuestionsForm["questions"];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<QuestionsForm>({
    mode: "onTouched",
    resolver: zodResolver(questionsFormSchema(mediaKind, slideCount)),
    defaultValues: { questions },
  });
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const list = useFieldArray({ control, name: "questions" });
  const submit = handleSubmit(async (values) => {
    setError(null);
    const res = await saveQuestionsAction({ versionId, questions: toQuestionInputs(values, mediaKind) });
    if (res.ok) {
      setSaved(true);
      router.refresh();
    } else {
      // the server's paths (questions.2.anchorSeconds) name the form's anchor field
      const mapped = Object.fromEntries(
        Object.entries(res.fieldErrors ?? {}).map(([k, v]) => [k.replace(/anchor(Seconds|Slide)$/, "anchor"), v]),
      );
      applyFieldErrors(form.setError, mapped);
      setError(res.error);
    }
  });
  const focusQuestion = (i: number) => requestAnimationFrame(() => document.getElementById(`q-${i}-text`)?.focus());
  return (
    <form noValidate onSubmit={submit} onChange={() => setSaved(false)} className="grid gap-4">
      <ol className="grid gap-4">
        {list.fields.map((field, i) => (
          <li key={field.id} className="grid gap-3 rounded border border-slate-300 p-3">
            <fieldset className="grid gap-3">
              <legend className="font-bold">Question {i + 1}</legend>
              <TextArea
                id={`q-${i}-text`}
                label="Texte de la question"
                rows={2}
                error={errors.questions?.[i]?.text?.message}
                {...register(`questions.${i}.text`)}
              />
              <ChoicesEditor control={control} register={register} errors={errors} index={i} />
              <TextArea
                id={`q-${i}-explanation`}
                label="Explication (montrée après le questionnaire)"
                rows={2}
                error={errors.questions?.[i]?.explanation?.message}
                {...register(`questions.${i}.explanation`)}
              />
              <Field
                id={`q-${i}-anchor`}
                label={mediaKind === "VIDEO" ? "Moment de la vidéo qui y répond (minutes:secondes)" : "Diapositive qui y répond (numéro)"}
                inputMode={mediaKind === "VIDEO" ? "text" : "numeric"}
                placeholder={mediaKind === "VIDEO" ? "1:05" : "3"}
                error={errors.questions?.[i]?.anchor?.message}
                {...register(`questions.${i}.anchor`)}
              />
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => {
                    list.move(i, i - 1);
                    focusQuestion(i - 1);
                  }}
                  className="min-h-11 rounded border border-navy px-3 text-sm font-semibold disabled:opacity-40"
                >
                  Monter<span className="sr-only"> la question {i + 1}</span>
                </button>
                <button
                  type="button"
                  disabled={i === list.fields.length - 1}
                  onClick={() => {
                    list.move(i, i + 1);
                    focusQuestion(i + 1);
                  }}
                  className="min-h-11 rounded border border-navy px-3 text-sm font-semibold disabled:opacity-40"
                >
                  Descendre<span className="sr-only"> la question {i + 1}</span>
                </button>
                <button
                  type="button"
                  onClick={() => list.remove(i)}
                  className="min-h-11 rounded border border-red-700 px-3 text-sm font-semibold text-red-800"
                >
                  Supprimer la question {i + 1}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {errors.questions?.root?.message || errors.questions?.message ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {frenchSpaces(errors.questions?.root?.message ?? errors.questions?.message ?? "")}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={list.fields.length >= 40}
          onClick={() => {
            list.append({
              text: "",
              explanation: "",
              anchor: "",
              choices: [
                { text: "", correct: true },
                { text: "", correct: false },
              ],
            });
            focusQuestion(list.fields.length);
          }}
        >
          Ajouter une question
        </Button>
      </div>
      <FormAlert message={error} />
      <Saved show={saved} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          Enregistrer les questions
        </Button>
      </div>
    </form>
  );
}

function ChoicesEditor({
  control,
  register,
  errors,
  index,
}: {
  control: Control<QuestionsForm>;
  register: UseFormRegister<QuestionsForm>;
  errors: FieldErrors<QuestionsForm>;
  index: number;
}) {
  const choices = useFieldArray({ control, name: `questions.${index}.choices` });
  const choiceErrors = errors.questions?.[index]?.choices;
  const groupError = choiceErrors?.root?.message ?? choiceErrors?.message;
  return (
    <fieldset className="grid gap-2" aria-describedby={groupError ? `q-${index}-choices-error` : undefined}>
      <legend className="text-sm font-semibold">Réponses (cochez la ou les bonnes)</legend>
      {choices.fields.map((c, j) => (
        <div
          key={c.id}
          className="grid gap-1 rounded border border-slate-200 p-2 sm:grid-cols-[auto_minmax(0,1fr)_auto] sm:items-start sm:gap-2 sm:border-0 sm:p-0"
        >
          <label className="flex min-h-11 items-center gap-1 text-sm">
            <input type="checkbox" {...register(`questions.${index}.choices.${j}.correct`)} />
            <span>
              Bonne<span className="sr-only"> réponse {j + 1}</span>
            </span>
          </label>
          <Field
            id={`q-${index}-c-${j}`}
            label={`Réponse ${j + 1}`}
            error={choiceErrors?.[j]?.text?.message}
            {...register(`questions.${index}.choices.${j}.text`)}
          />
          <button
            type="button"
            disabled={choices.fields.length <= 2}
            onClick={() => choices.remove(j)}
            className="min-h-11 justify-self-start rounded border border-slate-400 px-2 text-sm disabled:opacity-40 sm:mt-6"
          >
            Retirer<span className="sr-only"> la réponse {j + 1}</span>
          </button>
        </div>
      ))}
      {groupError ? (
        <p id={`q-${index}-choices-error`} role="alert" className="text-sm font-medium text-red-700">
          {frenchSpaces(groupError)}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          disabled={choices.fields.length >= 6}
          onClick={() => choices.append({ text: "", correct: false })}
          className="min-h-11 rounded border border-navy px-3 text-sm font-semibold disabled:opacity-40"
        >
          Ajouter une réponse
        </button>
      </div>
    </fieldset>
  );
}
