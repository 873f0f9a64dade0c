"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { TextArea } from "@/components/studio/text-area";
import { UploadField } from "@/components/studio/upload-field";
import { translationSchema } from "@/lib/content/schemas";
import { saveTranslationAction } from "@/lib/content/actions";
import type { Language } from "@/lib/content/languages";
import { frenchSpaces } from "@/lib/typography";

type Values = z.input<typeof translationSchema> & { captionsPath: string | null; slides: { image: string; alt: string; text: string }[] };
type French = {
  title: string;
  summary: string;
  slides: { image: string; alt: string; text: string }[];
  questions: { text: string; explanation: string; choices: string[] }[];
};

const fileName = (path: string) => path.split("/").pop() ?? path;

function Reference({ children }: { children: string }) {
  return (
    <p className="rounded bg-slate-100 px-2 py-1 text-sm text-slate-800">
      <span className="font-semibold">Français&#8239;: </span>
      {frenchSpaces(children)}
    </p>
  );
}

export function TranslationForm({
  versionId,
  language,
  mediaKind,
  french,
  values,
}: {
  versionId: string;
  language: Language;
  mediaKind: "VIDEO" | "SLIDES";
  french: French;
  values: Values;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ mode: "onTouched", resolver: zodResolver(translationSchema) as never, defaultValues: values });
  const {
    register,
    handleSubmit,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const mediaPath = watch("mediaPath");
  const captionsPath = watch("captionsPath");
  const submit = handleSubmit(async (v) => {
    setError(null);
    const res = await saveTranslationAction({ ...v, versionId });
    if (res.ok) {
      setSaved(true);
      router.refresh();
    } else {
      applyFieldErrors(form.setError, res.fieldErrors);
      setError(res.error);
    }
  });
  return (
    <form noValidate onSubmit={submit} onChange={() => setSaved(false)} className="grid gap-6">
      <section aria-labelledby="t-informations" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="t-informations" lang="fr" className="text-lg font-bold">
          Informations
        </h2>
        <Reference>{french.title}</Reference>
        <Field id="t-title" label="Titre traduit" error={errors.title?.message} {...register("title")} />
        {french.summary ? <Reference>{french.summary}</Reference> : null}
        <TextArea id="t-summary" label="Description traduite" rows={2} error={errors.summary?.message} {...register("summary")} />
      </section>

      <section aria-labelledby="t-media" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="t-media" className="text-lg font-bold">
          {mediaKind === "VIDEO" ? "Vidéo dans cette langue" : "Diapositives"}
        </h2>
        {mediaKind === "VIDEO" ? (
          <>
            <UploadField
              label="Vidéo (MP4 ou WebM)"
              usage="video"
              accept="video/mp4,video/webm"
              hint="La même vidéo que la française convient si seuls les sous-titres changent."
              current={mediaPath ? { href: mediaPath, label: fileName(mediaPath) } : null}
              onUploaded={(d) => setValue("mediaPath", (d as { url: string }).url, { shouldDirty: true })}
            />
            {errors.mediaPath?.message ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                {errors.mediaPath.message}
              </p>
            ) : null}
            <UploadField
              label="Sous-titres dans cette langue (WebVTT, obligatoires)"
              usage="captions"
              accept=".vtt,text/vtt"
              current={captionsPath ? { href: captionsPath, label: fileName(captionsPath) } : null}
              onUploaded={(d) => setValue("captionsPath", (d as { url: string }).url, { shouldDirty: true })}
            />
            <TextArea id="t-transcript" label="Transcription traduite" rows={5} lang={language} {...register("transcript")} />
          </>
        ) : (
          <ol className="grid gap-4">
            {french.slides.map((s, i) => (
              <li key={i} className="grid gap-2 rounded border border-slate-200 p-3 md:grid-cols-[10rem_1fr]">
                {/* eslint-disable-next-line @next/next/no-img-element -- a stored medium */}
                <img src={s.image} alt="" className="w-full rounded border border-slate-200" />
                <div className="grid gap-2">
                  <p lang="fr" className="font-bold">
                    Diapositive {i + 1}
                  </p>
                  <Reference>{s.alt}</Reference>
                  <Field
                    id={`t-slide-${i}-alt`}
                    label="Description de l'image, traduite"
                    error={errors.slides?.[i]?.alt?.message}
                    {...register(`slides.${i}.alt`)}
                  />
                  {s.text ? <Reference>{s.text}</Reference> : null}
                  <TextArea id={`t-slide-${i}-text`} label="Texte traduit" rows={2} {...register(`slides.${i}.text`)} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="t-questions" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="t-questions" lang="fr" className="text-lg font-bold">
          Questions
        </h2>
        <ol className="grid gap-4">
          {french.questions.map((q, i) => (
            <li key={i} className="grid gap-2 rounded border border-slate-200 p-3">
              <fieldset className="grid gap-2">
                <legend lang="fr" className="font-bold">
                  Question {i + 1}
                </legend>
                <Reference>{q.text}</Reference>
                <TextArea
                  id={`t-q-${i}-text`}
                  label="Question traduite"
                  rows={2}
                  error={errors.questions?.[i]?.text?.message}
                  {...register(`questions.${i}.text`)}
                />
                {q.choices.map((choice, j) => (
                  <div key={j} className="grid gap-1">
                    <Reference>{choice}</Reference>
                    <Field
                      id={`t-q-${i}-c-${j}`}
                      label={`Réponse ${j + 1} traduite`}
                      error={errors.questions?.[i]?.choices?.[j]?.message}
                      {...register(`questions.${i}.choices.${j}`)}
                    />
                  </div>
                ))}
                <Reference>{q.explanation}</Reference>
                <TextArea id={`t-q-${i}-explanation`} label="Explication traduite" rows={2} {...register(`questions.${i}.explanation`)} />
              </fieldset>
            </li>
          ))}
        </ol>
      </section>
      <div lang="fr" className="grid gap-2">
        <FormAlert message={error} />
        {saved ? (
          <p role="status" className="text-sm font-semibold text-green-800">
            Traduction enregistrée.
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={isSubmitting}>
            Enregistrer la traduction
          </Button>
        </div>
      </div>
    </form>
  );
}
