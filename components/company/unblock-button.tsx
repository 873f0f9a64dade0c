"use client";
// B10: "Bloqué" opens a confirmation; confirming unblocks the learner.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { unblockEmployeeAction } from "@/app/(entreprise)/entreprise/salaries/actions";

export function UnblockButton({ personId, name }: { personId: string; name: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded bg-red-700 px-2 py-1 font-bold text-white">
        Bloqué
      </button>
      <dialog ref={dialog} aria-labelledby={`debloquer-${personId}`} className="m-auto max-w-sm rounded-lg p-5 backdrop:bg-black/50">
        <h2 id={`debloquer-${personId}`} className="font-bold">DÉBLOQUER LE COMPTE</h2>
        <p className="mt-2">Voulez-vous débloquer le compte de {name} ? Il pourra repasser le module.</p>
        {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
        <div className="mt-4 flex gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const res = await unblockEmployeeAction({ personId });
                if (res.ok) {
                  dialog.current?.close();
                  router.refresh();
                } else setError(res.error);
              })
            }
            className="min-h-11 rounded-md bg-safety px-4 font-bold text-navy"
          >
            Confirmer
          </button>
          <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
            Annuler
          </button>
        </div>
      </dialog>
    </>
  );
}
