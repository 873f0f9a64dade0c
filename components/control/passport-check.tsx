"use client";
// F2: the gate screen, made for a phone: a number field, or the camera reading the QR code
// (@zxing/browser: pure JavaScript, works in Chromium, Firefox and Safari).
import { useEffect, useRef, useState, useTransition } from "react";
import { GateAnswerCard } from "@/components/gate-answer-card";
import { checkPassportAction } from "@/lib/passports/actions";
import type { GateAnswer } from "@/lib/passports/verify-passport";

export function PassportCheck() {
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<GateAnswer | null>(null);
  const [scanning, setScanning] = useState(false);
  const [pending, startTransition] = useTransition();

  const check = (input: string) =>
    startTransition(async () => {
      setFieldError(null);
      const res = await checkPassportAction({ value: input });
      if (res.ok) setAnswer(res.data);
      else {
        setAnswer(null);
        setFieldError(res.fieldErrors?.value ?? res.error);
      }
    });

  return (
    <div className="grid gap-4">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          check(value);
        }}
        className="grid gap-2 rounded-lg bg-white p-4 shadow-sm"
      >
        <label htmlFor="numero" className="font-semibold">
          Numéro de passeport
        </label>
        <input
          id="numero"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="PS-2026-XXXXXX"
          autoCapitalize="characters"
          autoComplete="off"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "numero-error" : undefined}
          className="min-h-12 rounded-md border border-slate-400 px-3 font-mono text-lg uppercase"
        />
        {fieldError ? (
          <p id="numero-error" role="alert" className="text-sm font-medium text-red-700">
            {fieldError}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            disabled={pending}
            className="min-h-12 flex-1 rounded-md bg-safety px-4 font-bold uppercase text-navy disabled:opacity-50"
          >
            {pending ? "Contrôle…" : "Contrôler"}
          </button>
          <button
            type="button"
            onClick={() => setScanning((s) => !s)}
            className="min-h-12 flex-1 rounded-md bg-navy px-4 font-bold text-white"
          >
            {scanning ? "Arrêter le scan" : "Scanner le QR code"}
          </button>
        </div>
      </form>
      {scanning ? (
        <QrScanner
          onResult={(text) => {
            setScanning(false);
            check(text);
          }}
        />
      ) : null}
      {answer ? <GateAnswerCard answer={answer} /> : null}
    </div>
  );
}

function QrScanner({ onResult }: { onResult: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onResult);
  done.current = onResult;

  useEffect(() => {
    let controls: { stop: () => void } | undefined;
    let cancelled = false;
    (async () => {
      try {
        const { BrowserQRCodeReader } = await import("@zxing/browser");
        const reader = new BrowserQRCodeReader();
        controls = await reader.decodeFromConstraints({ video: { facingMode: "environment" } }, video.current!, (result) => {
          if (result && !cancelled) {
            cancelled = true;
            controls?.stop();
            done.current(result.getText());
          }
        });
        if (cancelled) controls.stop();
      } catch {
        setError("Impossible d'accéder à l'appareil photo. Autorisez la caméra pour ce site, ou saisissez le numéro du passeport.");
      }
    })();
    return () => {
      cancelled = true;
      controls?.stop();
    };
  }, []);

  return (
    <div className="rounded-lg bg-black p-2">
      <video ref={video} muted playsInline className="aspect-square w-full rounded object-cover" aria-label="Aperçu de la caméra" />
      {error ? (
        <p role="alert" className="mt-2 rounded bg-white p-2 text-sm text-red-800">
          {error}
        </p>
      ) : (
        <p className="mt-2 text-center text-sm text-white">Placez le QR code du passeport dans le cadre.</p>
      )}
    </div>
  );
}
