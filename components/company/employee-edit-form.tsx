"use client";
// B7/G1: "Modifier un salarié" — Prénom, Nom, Profil, and the roles (formateur, contrôleur)
// the company designates; Enregistrer / Annuler.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { employeeUpdateSchema } from "@/lib/people/employee.schema";
import { updateEmployeeAction } from "@/lib/people/actions";
import { formatDate } from "@/lib/format";
import { FormAlert } from "@/components/ui/form-alert";

type Input = z.infer<typeof employeeUpdateSchema>;
const PROFILES = [
  { code: "ADMINISTRATIF", name: "Salarié administratif" },
  { code: "TECHNIQUE", name: "Salarié technique" },
  { code: "TRANSPORTEUR", name: "Transporteur" },
];

export function EmployeeEditForm({
  listPath,
  employee,
}: {
  listPath: string;
  employee: {
    id: string;
    firstName: string;
    lastName: string;
    profileCode: string;
    isTrainer: boolean;
    isController: boolean;
    accreditation: { status: "REQUESTED" | "APPROVED" | "REFUSED" | "WITHDRAWN"; requestedAt: Date; validUntil: Date | null } | null;
  };
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Input>({
    mode: "onTouched",
    resolver: zodResolver(employeeUpdateSchema),
    defaultValues: {
      personId: employee.id,
      firstName: employee.firstName,
      lastName: employee.lastName,
      profileCode: employee.profileCode as Input["profileCode"],
      isTrainer: employee.isTrainer,
      isController: employee.isController,
    },
  });
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const res = await updateEmployeeAction(values);
        if (res.ok) router.push(listPath);
        else setError(res.error);
      })}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm"
    >
      <Field id="firstName" label="Prénom" error={formState.errors.firstName?.message} {...register("firstName")} />
      <Field id="lastName" label="Nom" error={formState.errors.lastName?.message} {...register("lastName")} />
      <div className="grid gap-1">
        <label htmlFor="profileCode" className="text-sm font-semibold">
          Profil
        </label>
        <select id="profileCode" {...register("profileCode")} className="min-h-11 rounded-md border border-slate-400 bg-white px-3">
          {PROFILES.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="grid gap-1">
        <legend className="text-sm font-semibold">Rôles</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("isTrainer")} aria-describedby="habilitation" className="size-5 shrink-0" /> Formateur&#8239;:
          mène des sessions de sensibilisation de groupe
        </label>
        <p id="habilitation" className="text-sm text-slate-700">
          {employee.accreditation?.status === "APPROVED" && employee.accreditation.validUntil
            ? `Habilitation formateur accordée jusqu'au ${formatDate(employee.accreditation.validUntil)}. Décocher la retire.`
            : employee.accreditation?.status === "REQUESTED"
              ? `Habilitation formateur demandée le ${formatDate(employee.accreditation.requestedAt)}\u202f: un administrateur de l'UNPG l'examine. Décocher retire la demande.`
              : "Cocher demande l'habilitation formateur\u202f: elle prend effet quand un administrateur de l'UNPG l'approuve."}
        </p>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("isController")} className="size-5 shrink-0" /> Contrôleur&#8239;: contrôle les passeports à
          l&apos;entrée des sites
        </label>
      </fieldset>
      <FormAlert message={error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          Enregistrer
        </Button>
        <Link href={listPath} className={buttonClass("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
