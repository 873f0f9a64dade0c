"use client";
// The modal that asks "are you sure?" before an action: its title, what will happen, the
// action's error if it failed, and two buttons (Confirmer, Annuler). The caller opens it
// (`dialog.current.showModal()`) and runs the action in `onConfirm`.
import { frenchSpaces } from "@/lib/typography";
import type { ReactNode, RefObject } from "react";

export function ConfirmDialog({
  id,
  dialog,
  title,
  children,
  error,
  pending,
  confirmClassName = "bg-safety text-navy",
  onConfirm,
}: {
  id: string;
  dialog: RefObject<HTMLDialogElement | null>;
  title: string;
  children: ReactNode;
  error?: string | null;
  pending: boolean;
  confirmClassName?: string;
  onConfirm: () => void;
}) {
  return (
    <dialog ref={dialog} aria-labelledby={id} className="m-auto max-w-sm rounded-lg p-5 backdrop:bg-black/50">
      <h2 id={id} className="font-bold">
        {frenchSpaces(title)}
      </h2>
      {children}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {frenchSpaces(error)}
        </p>
      ) : null}
      {/* Annuler first: the modal opens on it (its first button), so that Entrée twice cancels (issue 15) */}
      <div className="mt-4 flex gap-2">
        <button type="button" onClick={() => dialog.current?.close()} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
          Annuler
        </button>
        <button type="button" disabled={pending} onClick={onConfirm} className={`min-h-11 rounded-md px-4 font-bold ${confirmClassName}`}>
          Confirmer
        </button>
      </div>
    </dialog>
  );
}
