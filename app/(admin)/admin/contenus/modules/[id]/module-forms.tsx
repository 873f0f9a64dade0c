"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { editModuleAction, setModuleSettingsAction } from "@/lib/content/actions";

/** « Modifier le module »: opens its draft, created from the published version on first use. */
export function EditDraftButton({ moduleId, hasDraft }: { moduleId: string; hasDraft: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="grid gap-2">
      <FormAlert message={error} />
      <div>
        <Button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const res = await editModuleAction({ moduleId });
              if (res.ok) router.push(`/admin/contenus/modules/${moduleId}/brouillon`);
              else setError(res.error);
            })
          }
        >
          {hasDraft ? "Reprendre le brouillon" : "Modifier le module"}
        </Button>
      </div>
    </div>
  );
}

export function ModuleSettingsForm({
  moduleId,
  snbpeCommon,
  active,
  published,
}: {
  moduleId: string;
  snbpeCommon: boolean;
  active: boolean;
  published: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState({ snbpeCommon, active });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const res = await setModuleSettingsAction({ moduleId, ...values });
          setMessage(res.ok ? { ok: true, text: "Réglages enregistrés." } : { ok: false, text: res.error });
          if (res.ok) router.refresh();
        });
      }}
      className="grid gap-3"
    >
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={values.snbpeCommon} onChange={(e) => setValues({ ...values, snbpeCommon: e.target.checked })} />
        Commun avec le SNBPE (validé d&apos;office par un passeport SNBPE en cours de validité)
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          checked={values.active}
          disabled={!published}
          onChange={(e) => setValues({ ...values, active: e.target.checked })}
        />
        Module en service (décoché&#8239;: archivé, il n&apos;entre plus dans les nouveaux parcours&#8239;; l&apos;historique le garde)
      </label>
      {message?.ok ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          {message.text}
        </p>
      ) : (
        <FormAlert message={message?.text} />
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Enregistrer les réglages
        </Button>
      </div>
    </form>
  );
}
