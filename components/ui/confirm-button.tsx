"use client";
// A button that asks for confirmation in a modal dialog, runs a server action, then
// refreshes the page (B8 deletion, B10 unblocking).
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/safe-action";

export function ConfirmButton({
  id,
  trigger,
  triggerClassName,
  title,
  children,
  confirmClassName = "bg-safety text-navy",
  onConfirm,
}: {
  id: string;
  trigger: React.ReactNode;
  triggerClassName: string;
  title: string;
  children: React.ReactNode;
  confirmClassName?: string;
  onConfirm: () => Promise<ActionResult<unknown>>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className={triggerClassName}>
        {trigger}
      </button>
      <dialog ref={dialog} aria-labelledby={id} className="m-auto max-w-sm rounded-lg p-5 backdrop:bg-black/50">
        <h2 id={id} className="font-bold">
          {title}
        </h2>
        {children}
        {error ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const res = await onConfirm();
                if (res.ok) {
                  dialog.current?.close();
                  router.refresh();
                } else setError(res.error);
              })
            }
            className={`min-h-11 rounded-md px-4 font-bold ${confirmClassName}`}
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
