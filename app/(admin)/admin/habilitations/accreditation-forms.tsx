"use client";
// The administrator's decisions on one accreditation: approve with an end date, refuse with a
// reason (a request), withdraw with a reason (an approval in force). Each is confirmed by its
// own button; the reason is sent to the requester.
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import {
  accreditationReasonSchema,
  approveAccreditationSchema,
  type AccreditationReasonInput,
  type ApproveAccreditationInput,
} from "@/lib/people/accreditation.schema";
import { approveAccreditationAction, refuseAccreditationAction, withdrawAccreditationAction } from "@/lib/people/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** A decision form: its server action, then the page refreshed, or the errors next to the fields. */
function useDecisionForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
  action: (values: T) => Promise<ActionResult<unknown>>,
) {
  const { form, error, send } = useActionForm(schema, defaultValues, action);
  return { form, error, onSubmit: form.handleSubmit(send) };
}

export function ApproveForm({
  accreditationId,
  who,
  defaultDate,
  min,
  max,
}: {
  accreditationId: string;
  who: string;
  defaultDate: string;
  min: string;
  max: string;
}) {
  const {
    form: {
      register,
      formState: { errors, isSubmitting },
    },
    error,
    onSubmit,
  } = useDecisionForm<ApproveAccreditationInput>(
    approveAccreditationSchema,
    { accreditationId, validUntil: defaultDate },
    approveAccreditationAction,
  );
  return (
    <form noValidate aria-label={`Approuver l'habilitation de ${who}`} className="grid gap-2" onSubmit={onSubmit}>
      <input type="hidden" {...register("accreditationId")} />
      <Field
        id={`fin-${accreditationId}`}
        type="date"
        label="Habilitation valable jusqu'au *"
        min={min}
        max={max}
        error={errors.validUntil?.message}
        {...register("validUntil")}
      />
      <FormAlert message={error} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Approuver
      </Button>
    </form>
  );
}

export function ReasonForm({ accreditationId, who, kind }: { accreditationId: string; who: string; kind: "refuse" | "withdraw" }) {
  const {
    form: {
      register,
      formState: { errors, isSubmitting },
    },
    error,
    onSubmit,
  } = useDecisionForm<AccreditationReasonInput>(
    accreditationReasonSchema,
    { accreditationId, reason: "" },
    kind === "refuse" ? refuseAccreditationAction : withdrawAccreditationAction,
  );
  const verb = kind === "refuse" ? "Refuser" : "Retirer l'habilitation";
  const id = `motif-${kind}-${accreditationId}`;
  return (
    <form noValidate aria-label={`${verb}\u202f: ${who}`} className="grid gap-2" onSubmit={onSubmit}>
      <input type="hidden" {...register("accreditationId")} />
      <div className="grid gap-1">
        <label htmlFor={id} className="text-sm font-semibold">
          Motif * <span className="font-normal">(envoyé au demandeur)</span>
        </label>
        <textarea
          id={id}
          rows={2}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-error` : undefined}
          className={`rounded-md border bg-white px-3 py-2 ${errors.reason ? "border-red-700" : "border-slate-400"}`}
          {...register("reason")}
        />
        {errors.reason ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
            {errors.reason.message}
          </p>
        ) : null}
      </div>
      <FormAlert message={error} />
      <Button type="submit" variant="secondary" disabled={isSubmitting} className="justify-self-start">
        {verb}
      </Button>
    </form>
  );
}
