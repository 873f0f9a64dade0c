"use client";
// A message the reader may close with its × (the manuals' "Félicitations…" banner, issue 15).
// Closed, it stays closed until the next visit of the page.
import { useState, type ReactNode } from "react";

export function DismissibleBanner({ children, className }: { children: ReactNode; className: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div role="status" className={`flex items-start justify-between gap-3 ${className}`}>
      <p>{children}</p>
      <button
        type="button"
        onClick={() => setOpen(false)}
        className="-my-1 grid size-9 shrink-0 place-items-center rounded-md text-xl leading-none hover:bg-black/5"
      >
        <span aria-hidden="true">×</span>
        <span className="sr-only">Fermer le message</span>
      </button>
    </div>
  );
}
