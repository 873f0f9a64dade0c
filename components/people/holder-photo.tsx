"use client";
// Issue 18, item 2: the holder photo, on MES INFORMATIONS (the worker sends one, to be
// confirmed) and on "Modifier un salarié" (the referent sets one, or confirms or refuses the
// worker's). The page scales a phone's photo down before sending it (a few hundred kB instead
// of several MB on a quarry's network); the server checks, crops and strips it (lib/people/photo.ts).
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/safe-action";
import { decideEmployeePhotoAction, removeEmployeePhotoAction, sendMyPhotoAction, setEmployeePhotoAction } from "@/lib/people/actions";

const MAX_SIDE = 1600;

/** The chosen image scaled down to MAX_SIDE as JPEG; the file itself when the browser cannot read it (the server says why). */
async function scaledDown(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/jpeg", 0.88));
    return blob ?? file;
  } catch {
    return file;
  }
}

type Props = {
  photo: string | null;
  pending: string | null;
  /** absent: the viewer's own photo (MES INFORMATIONS) */
  personId?: string;
  name: string;
};

export function HolderPhoto({ photo, pending, personId, name }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const fieldId = useId();
  const own = personId === undefined;

  const run = (make: () => Promise<ActionResult<unknown>>, success: string) =>
    start(async () => {
      setError(null);
      setDone(null);
      const result = await make();
      if (!result.ok) {
        setError(result.fieldErrors?.photo ?? result.error);
        return;
      }
      if (input.current) input.current.value = "";
      setDone(success);
      router.refresh();
    });

  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) {
      setError(own ? "Choisis une photo." : "Choisissez une photo.");
      return;
    }
    run(
      async () => {
        const blob = await scaledDown(file);
        return own ? sendMyPhotoAction({ photo: blob }) : setEmployeePhotoAction({ personId: personId!, photo: blob });
      },
      own ? "Photo envoyée\u202f: elle apparaîtra une fois confirmée par le référent de ton entreprise." : "Photo enregistrée.",
    );
  };

  return (
    <section aria-labelledby={`${fieldId}-titre`} className="grid gap-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id={`${fieldId}-titre`} className="text-lg font-black">
        {own ? "Ma photo" : "Photo du salarié"}
      </h2>
      <p className="text-sm text-slate-700">
        Elle figure sur la carte et le passeport imprimé, et s&apos;affiche au contrôle d&apos;accès des sites. Un portrait de face, visage
        dégagé, sur un fond clair.
      </p>
      <div className="flex flex-wrap gap-4">
        <figure className="grid gap-1 text-center text-sm">
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing for next/image to optimise
            <img src={photo} alt={`Photo de ${name}`} width={120} height={150} className="h-[150px] w-[120px] rounded-md object-cover" />
          ) : (
            <span className="grid h-[150px] w-[120px] place-items-center rounded-md bg-slate-200 px-2 text-slate-600">Pas de photo</span>
          )}
          <figcaption>Photo affichée</figcaption>
        </figure>
        {pending ? (
          <figure className="grid gap-1 text-center text-sm">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL */}
            <img
              src={pending}
              alt={`Photo envoyée par ${name}, en attente`}
              width={120}
              height={150}
              className="h-[150px] w-[120px] rounded-md object-cover ring-4 ring-amber-400"
            />
            <figcaption>{own ? "En attente de confirmation" : "Envoyée par le salarié"}</figcaption>
          </figure>
        ) : null}
      </div>
      {pending && !own ? (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => decideEmployeePhotoAction({ personId: personId!, decision: "refuse" }), "Photo refusée.")}
            className="min-h-11 rounded-md border-2 border-navy bg-white px-4 font-bold"
          >
            Refuser la photo
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => decideEmployeePhotoAction({ personId: personId!, decision: "approve" }), "Photo confirmée.")}
            className="min-h-11 rounded-md bg-navy px-4 font-bold text-white"
          >
            Confirmer la photo
          </button>
        </div>
      ) : null}
      <div className="grid gap-1">
        <label htmlFor={fieldId} className="font-semibold">
          {photo || pending ? "Nouvelle photo" : "Ajouter une photo"}
        </label>
        <input
          ref={input}
          id={fieldId}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="user"
          aria-describedby={error ? `${fieldId}-erreur` : `${fieldId}-aide`}
          aria-invalid={error ? true : undefined}
          className="min-h-11 text-sm"
        />
        <p id={`${fieldId}-aide`} className="text-sm text-slate-700">
          JPEG, PNG ou WebP, 8&nbsp;Mo au plus. Sur un téléphone, {own ? "tu peux" : "vous pouvez"} prendre la photo directement.
        </p>
        {error ? (
          <p id={`${fieldId}-erreur`} role="alert" className="text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={upload} className="min-h-11 rounded-md bg-safety px-4 font-bold text-navy">
          {busy ? "Envoi…" : own ? "Envoyer ma photo" : "Utiliser cette photo"}
        </button>
        {photo && !own ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => removeEmployeePhotoAction({ personId: personId! }), "Photo retirée.")}
            className="min-h-11 rounded-md border-2 border-navy bg-white px-4 font-bold"
          >
            Retirer la photo
          </button>
        ) : null}
      </div>
      {done ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          {done}
        </p>
      ) : null}
    </section>
  );
}
