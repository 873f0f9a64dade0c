"use client";
// A2/B2: SIRET (or VAT number through "Vous n'avez pas de numéro SIRET ?"), company name
// and "Régions d'intervention", shared by registration and company information.
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { REGION_LABELS } from "@/lib/companies/regions";

type Name = "siret" | "vatNumber" | "name" | "regions";

export function CompanyIdentityFields({
  register,
  errors,
  useVat,
  setUseVat,
}: {
  register: (name: Name) => UseFormRegisterReturn;
  errors: Partial<Record<Name, { message?: string }>>;
  useVat: boolean | undefined;
  setUseVat: (value: boolean) => void;
}) {
  return (
    <>
      {useVat ? (
        <div className="grid gap-1">
          <Field
            id="vatNumber"
            label="Numéro de TVA intracommunautaire *"
            hint="Exemple&#8239;: FR40303265045"
            error={errors.vatNumber?.message}
            {...register("vatNumber")}
          />
          <button type="button" className="justify-self-start text-sm underline" onClick={() => setUseVat(false)}>
            J&apos;ai un numéro de SIRET
          </button>
        </div>
      ) : (
        <div className="grid gap-1">
          <Field
            id="siret"
            label="Numéro de SIRET *"
            inputMode="numeric"
            hint="Exemple&#8239;: 14809248896896 — 14 chiffres, sans espace."
            error={errors.siret?.message}
            {...register("siret")}
          />
          <button type="button" className="justify-self-start text-sm underline" onClick={() => setUseVat(true)}>
            Vous n&apos;avez pas de numéro SIRET&#8239;?
          </button>
        </div>
      )}
      <Field id="name" label="Nom de l'entreprise *" hint="Exemple&#8239;: Entreprise" error={errors.name?.message} {...register("name")} />
      <fieldset className="grid gap-2" aria-describedby={errors.regions ? "regions-error" : undefined}>
        <legend className="text-sm font-semibold">
          Régions d&apos;intervention * <span className="font-normal">(sélectionnez la / les région(s))</span>
        </legend>
        <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {Object.entries(REGION_LABELS).map(([code, label]) => (
            <label key={code} className="flex min-h-9 items-center gap-2 text-sm">
              <input type="checkbox" value={code} {...register("regions")} className="size-5 shrink-0" /> {label}
            </label>
          ))}
        </div>
        {errors.regions ? (
          <p id="regions-error" role="alert" className="text-sm font-medium text-red-700">
            {errors.regions.message}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
