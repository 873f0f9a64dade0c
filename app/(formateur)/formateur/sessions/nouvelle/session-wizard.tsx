"use client";
// E2–E3: "CRÉER UNE SENSIBILISATION". Step 1: one profile for the group and the number of
// participants, fixed once confirmed (the seed's warning). Step 2: "Participant n°k" forms;
// "Démarrer la session" is active only when every form is valid. The server creates all
// the accounts in one transaction and answers per field; an e-mail that already has an
// account can be turned into "add that existing person".
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { LANGUAGES, type Language } from "@/lib/content/languages";
import { CompanyCombobox } from "@/components/company/company-combobox";
import {
  createSessionSchema,
  participantCountSchema,
  type CreateSessionForm,
  type CreateSessionInput,
} from "@/lib/sessions/session.schema";
import { createSessionAction, searchCompaniesAction } from "@/lib/sessions/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { FormAlert } from "@/components/ui/form-alert";
import { frenchSpaces } from "@/lib/typography";
import type { ParticipantRow } from "@/lib/sessions/participant-rows";
import { PasteParticipants } from "./paste-participants";

type Profile = { code: CreateSessionInput["profileCode"]; name: string; description: string; moduleCount: number };

const emptyParticipant = () => ({ lastName: "", firstName: "", email: "", companyId: "", companyName: "", useExistingAccount: false });
const EXISTING_ACCOUNT = "déjà un compte";

async function searchCompanies(q: string) {
  const res = await searchCompaniesAction({ q });
  return res.ok ? res.data : [];
}

export function SessionWizard({ profiles }: { profiles: Profile[] }) {
  const router = useRouter();
  const [step, setStep] = useState<1 | 2>(1);
  const [countText, setCountText] = useState("");
  const [stepOneErrors, setStepOneErrors] = useState<{ profile?: string; count?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  // issue 15: after each step change the focus goes to the new step's title, not to the page
  const stepTitle = useRef<HTMLHeadingElement>(null);
  const stepChanged = useRef(false);
  useEffect(() => {
    if (stepChanged.current) stepTitle.current?.focus();
    stepChanged.current = true;
  }, [step]);
  const form = useForm<CreateSessionForm, unknown, CreateSessionInput>({
    resolver: zodResolver(createSessionSchema),
    mode: "onTouched",
    defaultValues: { profileCode: undefined, language: "fr", participants: [] },
  });
  const { control, register, handleSubmit, watch, setValue, setError, trigger, formState } = form;
  const { fields, replace } = useFieldArray({ control, name: "participants" });
  const profileCode = watch("profileCode");
  const profile = profiles.find((p) => p.code === profileCode);

  const askConfirmation = () => {
    const count = participantCountSchema.safeParse(countText);
    const errors = {
      profile: profile ? undefined : "Choisis le profil de sensibilisation.",
      count: count.success ? undefined : count.error.issues[0].message,
    };
    setStepOneErrors(errors);
    if (!errors.profile && !errors.count) confirm.current?.showModal();
  };

  const confirmCount = () => {
    const count = participantCountSchema.parse(countText);
    const current = form.getValues("participants");
    replace(Array.from({ length: count }, (_, i) => current[i] ?? emptyParticipant()));
    confirm.current?.close();
    setStep(2);
  };

  // issue 14: rows from a spreadsheet fill the forms in order, then the forms' checks run; a
  // company whose name (or SIRET) matches exactly one company of the list is chosen in it
  const fillFromRows = async (rows: ParticipantRow[]) => {
    const names = [...new Set(rows.map((r) => r.companyName).filter((n) => n.length >= 2))];
    const found = new Map<string, string>();
    await Promise.all(
      names.map(async (name) => {
        const hits = (await searchCompanies(name)).filter(
          (c) => c.name.toLowerCase() === name.toLowerCase() || c.siret === name.replace(/\s/g, ""),
        );
        if (hits.length === 1) found.set(name, hits[0].id);
      }),
    );
    rows.forEach((r, i) => {
      // pasted values count as entered: their errors show at once
      const entered = { shouldTouch: true } as const;
      setValue(`participants.${i}.lastName`, r.lastName, entered);
      setValue(`participants.${i}.firstName`, r.firstName, entered);
      setValue(`participants.${i}.email`, r.email, entered);
      setValue(`participants.${i}.companyId`, found.get(r.companyName) ?? "");
      setValue(`participants.${i}.companyName`, r.companyName, entered);
      setValue(`participants.${i}.useExistingAccount`, false);
    });
    void trigger();
  };

  const onSubmit = async (values: CreateSessionInput) => {
    setFormError(null);
    const res = await createSessionAction(values);
    if (res.ok) {
      router.push(`/formateur/sessions/${res.data.sessionId}?cree=1`);
      return;
    }
    setFormError(res.error);
    applyFieldErrors(setError, res.fieldErrors);
  };

  if (step === 1) {
    return (
      <div className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
        <h2 ref={stepTitle} tabIndex={-1} className="text-sm text-slate-700">
          Étape 1 sur 2 — Tous les champs marqués d&apos;un * sont obligatoires.
        </h2>
        <fieldset className="grid gap-2" aria-describedby={stepOneErrors.profile ? "profile-error" : "profile-note"}>
          <legend className="font-semibold">Profil de sensibilisation *</legend>
          <p id="profile-note" className="text-sm text-slate-700">
            Un seul profil par session&#8239;: il s&apos;applique à tous les comptes créés pour ce groupe.
          </p>
          <div className="grid gap-2 md:grid-cols-3">
            {profiles.map((p) => (
              <label
                key={p.code}
                className={`flex cursor-pointer gap-3 rounded-md border-2 p-3 ${profileCode === p.code ? "border-safety bg-orange-50" : "border-slate-300"}`}
              >
                <input type="radio" value={p.code} {...register("profileCode")} className="mt-1 size-5 shrink-0" />
                <span>
                  <span className="block font-bold">{p.name}</span>
                  <span className="block text-sm text-slate-700">
                    {p.moduleCount} module(s){p.description ? ` — ${frenchSpaces(p.description)}` : ""}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {stepOneErrors.profile ? (
            <p id="profile-error" role="alert" className="text-sm font-medium text-red-700">
              {stepOneErrors.profile}
            </p>
          ) : null}
        </fieldset>
        <div className="grid max-w-xs gap-1">
          <label htmlFor="session-language" className="font-semibold">
            Langue de diffusion
          </label>
          <select id="session-language" {...register("language")} className="min-h-11 rounded border border-slate-400 bg-white px-3">
            {(Object.entries(LANGUAGES) as [Language, string][]).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
          <p className="text-sm text-slate-700">Un module qui n&apos;existe pas dans cette langue est diffusé en français.</p>
        </div>
        <div className="max-w-xs">
          <Field
            id="participant-count"
            label="Nombre de participants *"
            type="number"
            inputMode="numeric"
            min={1}
            max={40}
            value={countText}
            onChange={(e) => setCountText(e.target.value)}
            error={stepOneErrors.count}
            hint="De 1 à 40 personnes."
          />
        </div>
        <Button type="button" className="justify-self-start" onClick={askConfirmation}>
          Valider
        </Button>
        <dialog
          ref={confirm}
          aria-labelledby="count-title"
          aria-describedby="count-warning"
          className="m-auto max-w-md rounded-lg p-5 backdrop:bg-black/50"
        >
          <h2 id="count-title" className="font-bold">
            NOMBRE DE PARTICIPANTS
          </h2>
          <p id="count-warning" className="mt-2">
            <strong>Attention&#8239;:</strong> une fois que ce nombre est validé, tu ne pourras plus ajouter ou retirer de participants sur
            cette session.
          </p>
          <p className="mt-2">
            Session {profile?.name} pour <strong>{countText} participant(s)</strong>.
          </p>
          {/* Annuler first: the modal opens on the harmless choice (issue 15) */}
          <div className="mt-4 flex gap-2">
            <button
              type="button"
              onClick={() => confirm.current?.close()}
              className="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
            >
              Annuler
            </button>
            <Button type="button" onClick={confirmCount}>
              Confirmer
            </Button>
          </div>
        </dialog>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-5">
      <div className="rounded-lg bg-navy p-4 text-white">
        <h2 ref={stepTitle} tabIndex={-1} className="text-lg font-black uppercase">
          Sensibilisation profil {profile?.name}
        </h2>
        <p>
          Inscription des participants à cette session ({fields.length} participant{fields.length > 1 ? "s" : ""})
        </p>
      </div>
      <p className="text-sm text-slate-700">
        Étape 2 sur 2 — Chaque formulaire crée un compte et envoie ses identifiants&#8239;: à l&apos;e-mail du participant, ou, s&apos;il
        n&apos;en a pas, au référent de son entreprise (avec un ID unique). Une adresse personnelle ne se saisit qu&apos;avec l&apos;accord
        du participant&#8239;: elle sera visible de son entreprise et des administrateurs.
      </p>
      <PasteParticipants count={fields.length} onFill={fillFromRows} />
      {fields.map((f, i) => {
        // issue 15: a field's error shows once it was left or a submit was tried, never on a form
        // that just opened (the field array validates itself as a whole as soon as it changes)
        const touched = formState.touchedFields.participants?.[i];
        const shown = (key: "lastName" | "firstName" | "email" | "companyName") =>
          formState.isSubmitted || Boolean(touched?.[key]) ? formState.errors.participants?.[i]?.[key]?.message : undefined;
        const errors = { lastName: shown("lastName"), firstName: shown("firstName"), email: shown("email") };
        const useExisting = watch(`participants.${i}.useExistingAccount`);
        const emailError = errors.email;
        return (
          <fieldset key={f.id} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
            <legend className="sr-only">Participant n°{i + 1}</legend>
            <p aria-hidden="true" className="font-bold">
              Participant n°{i + 1}
            </p>
            <div className="grid gap-3 md:grid-cols-4">
              <Field
                id={`p${i}-lastName`}
                label="Nom*"
                placeholder="Exemple&#8239;: Dupont"
                autoComplete="off"
                error={errors.lastName}
                {...register(`participants.${i}.lastName`)}
              />
              <Field
                id={`p${i}-firstName`}
                label="Prénom*"
                placeholder="Exemple&#8239;: Baptiste"
                autoComplete="off"
                error={errors.firstName}
                {...register(`participants.${i}.firstName`)}
              />
              <Field
                id={`p${i}-email`}
                label="e-mail (optionnel)"
                type="email"
                placeholder="Exemple&#8239;: baptiste@unpg.fr"
                autoComplete="off"
                error={useExisting ? undefined : emailError}
                {...register(`participants.${i}.email`, { onChange: () => setValue(`participants.${i}.useExistingAccount`, false) })}
              />
              <Controller
                control={control}
                name={`participants.${i}.companyName`}
                render={({ field, fieldState }) => (
                  <CompanyCombobox
                    id={`p${i}-company`}
                    label="Entreprise*"
                    name={field.value ?? ""}
                    companyId={watch(`participants.${i}.companyId`) ?? ""}
                    onChange={(v) => {
                      setValue(`participants.${i}.companyId`, v.companyId);
                      field.onChange(v.name);
                    }}
                    onBlur={field.onBlur}
                    search={searchCompanies}
                    error={formState.isSubmitted || fieldState.isTouched ? fieldState.error?.message : undefined}
                    allowUnknown
                  />
                )}
              />
            </div>
            {emailError?.includes(EXISTING_ACCOUNT) || useExisting ? (
              <div className="flex flex-wrap items-center gap-3 rounded-md bg-orange-50 p-3 text-sm">
                {useExisting ? (
                  <>
                    <span role="status">
                      ✓ La personne qui a déjà un compte avec cette adresse sera ajoutée à la session (son compte et son entreprise sont
                      conservés).
                    </span>
                    <button
                      type="button"
                      className="font-bold underline"
                      onClick={() => setValue(`participants.${i}.useExistingAccount`, false)}
                    >
                      Annuler
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="min-h-11 rounded-md bg-navy px-3 font-bold text-white"
                    onClick={() => {
                      setValue(`participants.${i}.useExistingAccount`, true);
                      form.clearErrors(`participants.${i}.email`);
                      void trigger(); // the server's error is gone: "Démarrer la session" may be active again
                    }}
                  >
                    Ajouter cette personne existante à la session
                  </button>
                )}
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={!formState.isValid || formState.isSubmitting}>
          {formState.isSubmitting ? "Création de la session…" : "Démarrer la session"}
        </Button>
        <button type="button" onClick={() => setStep(1)} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
          Étape précédente
        </button>
      </div>
      {!formState.isValid ? (
        <p className="text-sm text-slate-700">
          «&#8239;Démarrer la session&#8239;» devient actif quand tous les formulaires sont complets.
        </p>
      ) : null}
    </form>
  );
}
