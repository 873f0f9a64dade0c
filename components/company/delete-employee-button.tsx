"use client";
// B8: "SUPPRIMER LE PROFIL" with the seed's confirmation.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteEmployeeAction } from "@/app/(entreprise)/entreprise/salaries/actions";

export function DeleteEmployeeButton({ personId, name }: { personId: string; name: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="font-semibold text-red-800 underline">
        Supprimer<span className="sr-only"> {name}</span>
      </button>
      <dialog ref={dialog} aria-labelledby={`supprimer-${personId}`} className="m-auto max-w-sm rounded-lg p-5 backdrop:bg-black/50">
        <h2 id={`supprimer-${personId}`} className="font-bold">SUPPRIMER LE PROFIL</h2>
        <p className="mt-2">Êtes-vous sûr de vouloir supprimer ce profil ? ({name})</p>
        <p className="mt-2 text-sm text-slate-700">Son passeport ne sera plus valable : un contrôle à l&apos;entrée d&apos;un site indiquera « Révoqué ».</p>
        {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
        <div className="mt-4 flex gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const res = await deleteEmployeeAction({ personId });
                if (res.ok) {
                  dialog.current?.close();
                  router.refresh();
                } else setError(res.error);
              })
            }
            className="min-h-11 rounded-md bg-red-700 px-4 font-bold text-white"
          >
            Confirmer
          </button>
          <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">Annuler</button>
        </div>
      </dialog>
    </>
  );
}
