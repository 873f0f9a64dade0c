"use client";
// Issue 12, item 2: a file sent to the studio's upload route (app/api/admin/medias), with its
// state and the server's French message next to the field. The file is checked there by its
// bytes and its size; here only what helps the person choosing it (the accepted types).
import { useId, useState } from "react";
import { frenchSpaces } from "@/lib/typography";

export type UploadUsage = "video" | "captions" | "image" | "pdf";

export async function uploadFile(file: File, usage: UploadUsage): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
  try {
    const res = await fetch(`/api/admin/medias?usage=${usage}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: file,
    });
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    if (!res.ok) return { ok: false, error: body?.error ?? "Le dépôt a échoué. Réessayez dans un instant." };
    return { ok: true, data: body };
  } catch {
    return { ok: false, error: "Le dépôt a échoué (connexion interrompue). Réessayez." };
  }
}

export function UploadField({
  label,
  usage,
  accept,
  hint,
  current,
  multiple = false,
  onUploaded,
}: {
  label: string;
  usage: UploadUsage;
  accept: string;
  hint?: string;
  /** what is there now (a link to it) */
  current?: { href: string; label: string } | null;
  multiple?: boolean;
  onUploaded: (data: unknown) => void | Promise<void>;
}) {
  const id = useId();
  const [state, setState] = useState<{ sending: string | null; error: string | null }>({ sending: null, error: null });
  const send = async (files: FileList | null) => {
    if (!files?.length) return;
    for (const file of Array.from(files)) {
      setState({ sending: file.name, error: null });
      const res = await uploadFile(file, usage);
      if (!res.ok) {
        setState({ sending: null, error: `${file.name} : ${res.error}` });
        return;
      }
      await onUploaded(res.data);
    }
    setState({ sending: null, error: null });
  };
  const describedBy = [hint ? `${id}-hint` : null, state.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {frenchSpaces(label)}
      </label>
      {current ? (
        <p className="text-sm">
          Actuellement&#8239;:{" "}
          <a href={current.href} className="underline" target="_blank" rel="noreferrer">
            {current.label}
          </a>
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={state.sending !== null}
        aria-describedby={describedBy}
        aria-invalid={state.error ? true : undefined}
        onChange={(e) => {
          void send(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
        className="min-h-11 rounded-md border border-slate-400 bg-white p-2 text-sm file:mr-3 file:rounded file:border-0 file:bg-navy file:px-3 file:py-1 file:font-semibold file:text-white"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {frenchSpaces(hint)}
        </p>
      ) : null}
      {state.sending ? (
        <p role="status" className="text-sm">
          Envoi de {state.sending} en cours…
        </p>
      ) : null}
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {frenchSpaces(state.error)}
        </p>
      ) : null}
    </div>
  );
}
