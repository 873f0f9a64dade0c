"use client";
// A button that asks for confirmation in a modal dialog, runs a server action, then
// refreshes the page (B8 deletion, B10 unblocking).
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/safe-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

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
      <ConfirmDialog
        id={id}
        dialog={dialog}
        title={title}
        error={error}
        pending={pending}
        confirmClassName={confirmClassName}
        onConfirm={() =>
          startTransition(async () => {
            const res = await onConfirm();
            if (res.ok) {
              dialog.current?.close();
              router.refresh();
            } else setError(res.error);
          })
        }
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
