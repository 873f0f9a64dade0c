"use client";
// The confirmation step of every action of the person page: a button opens a modal dialog
// saying what will happen (with the fields the action needs); "Confirmer" runs the server
// action; its French answer is announced at the top of the page, its errors stay in the
// dialog next to their field.
import { createContext, useContext, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/safe-action";
import { FormAlert } from "@/components/ui/form-alert";

const ResultContext = createContext<(message: string) => void>(() => undefined);

/** Wraps the page: the last action's answer, announced to screen readers. */
export function ActionResults({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <ResultContext.Provider value={setMessage}>
      <p role="status" className={message ? "mb-4 rounded bg-green-50 p-3 font-semibold text-green-900" : "sr-only"}>
        {message}
      </p>
      {children}
    </ResultContext.Provider>
  );
}

export type DialogField =
  | { name: string; label: string; type: "text" | "date"; defaultValue?: string; min?: string; max?: string; hint?: string }
  | { name: string; label: string; type: "textarea"; hint?: string }
  | { name: string; label: string; type: "select"; options: { value: string; label: string }[]; defaultValue?: string };

export function ActionDialog({
  trigger,
  title,
  description,
  fields = [],
  danger = false,
  run,
}: {
  trigger: string;
  title: string;
  description: string;
  fields?: DialogField[];
  danger?: boolean;
  run: (values: Record<string, string>) => Promise<ActionResult<string>>;
}) {
  const base = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const announce = useContext(ResultContext);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = Object.fromEntries([...new FormData(e.currentTarget).entries()].map(([k, v]) => [k, String(v)]));
    startTransition(async () => {
      const res = await run(values);
      if (res.ok) {
        setError(null);
        setFieldErrors({});
        form.current?.reset();
        dialog.current?.close();
        announce(res.data);
        router.refresh();
      } else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
      }
    });
  }

  const control = "min-h-11 rounded-md border bg-white px-3 py-2 text-base";
  return (
    <>
      <button
        type="button"
        onClick={() => {
          announce("");
          dialog.current?.showModal();
        }}
        className={`min-h-11 rounded-md px-4 py-2 text-sm font-bold ${danger ? "border-2 border-red-800 text-red-800" : "border-2 border-navy text-navy"} hover:bg-slate-100`}
      >
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${base}-titre`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-5 backdrop:bg-black/50"
      >
        <form ref={form} noValidate onSubmit={submit} className="grid gap-3">
          <h2 id={`${base}-titre`} className="text-lg font-bold">
            {title}
          </h2>
          <p className="text-sm text-slate-700">{description}</p>
          {fields.map((f) => {
            const id = `${base}-${f.name}`;
            const err = fieldErrors[f.name];
            const describedBy =
              [err ? `${id}-erreur` : null, "hint" in f && f.hint ? `${id}-aide` : null].filter(Boolean).join(" ") || undefined;
            const common = { id, name: f.name, "aria-invalid": err ? true : undefined, "aria-describedby": describedBy };
            return (
              <div key={f.name} className="grid gap-1">
                <label htmlFor={id} className="text-sm font-semibold">
                  {f.label}
                </label>
                {f.type === "textarea" ? (
                  <textarea rows={3} {...common} className={`${control} ${err ? "border-red-700" : "border-slate-400"}`} />
                ) : f.type === "select" ? (
                  <select {...common} defaultValue={f.defaultValue} className={`${control} ${err ? "border-red-700" : "border-slate-400"}`}>
                    {f.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    type={f.type}
                    defaultValue={f.defaultValue}
                    min={f.min}
                    max={f.max}
                    {...common}
                    className={`${control} ${err ? "border-red-700" : "border-slate-400"}`}
                  />
                )}
                {"hint" in f && f.hint ? (
                  <p id={`${id}-aide`} className="text-xs text-slate-600">
                    {f.hint}
                  </p>
                ) : null}
                {err ? (
                  <p id={`${id}-erreur`} role="alert" className="text-sm font-medium text-red-700">
                    {err}
                  </p>
                ) : null}
              </div>
            );
          })}
          <FormAlert message={error} />
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={pending}
              className={`min-h-11 rounded-md px-4 font-bold disabled:opacity-50 ${danger ? "bg-red-800 text-white" : "bg-safety text-navy"}`}
            >
              Confirmer
            </button>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
            >
              Annuler
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
