"use client";
// F2: the gate screen, made for a phone: a number field, or the camera reading the QR code
// (lib/passports/qr-reader.ts: ZXing's C++ reader in WebAssembly, in every browser). Issue 18: the
// controller picks their site once (kept on the phone, localStorage) and every check records
// it; the answer comes first, above the form, so that verdict, photo and name need no scrolling.
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { GateAnswerCard } from "@/components/gate-answer-card";
import { checkPassportAction } from "@/lib/passports/actions";
import type { GateAnswer } from "@/lib/passports/verify-passport";

export type ControlSite = { id: string; name: string; commune: string };

const SITE_KEY = "passeport-securite.site-de-controle";
const siteListeners = new Set<() => void>();
const storedSite = () => window.localStorage.getItem(SITE_KEY);
function saveSite(id: string | null) {
  if (id) window.localStorage.setItem(SITE_KEY, id);
  else window.localStorage.removeItem(SITE_KEY);
  siteListeners.forEach((l) => l());
}
const subscribeSite = (listener: () => void) => {
  siteListeners.add(listener);
  return () => siteListeners.delete(listener);
};

export function PassportCheck({ sites = [] }: { sites?: ControlSite[] }) {
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<GateAnswer | null>(null);
  const [scanning, setScanning] = useState(false);
  const [pending, startTransition] = useTransition();
  const [choosing, setChoosing] = useState(false);
  const storedId = useSyncExternalStore(subscribeSite, storedSite, () => null);
  const site = sites.find((s) => s.id === storedId) ?? null;
  const answerRef = useRef<HTMLDivElement>(null);

  const check = (input: string) =>
    startTransition(async () => {
      setFieldError(null);
      const res = await checkPassportAction({ value: input, siteId: site?.id ?? null });
      if (res.ok) {
        setAnswer(res.data);
        setValue("");
      } else {
        setAnswer(null);
        setFieldError(res.fieldErrors?.value ?? res.error);
      }
    });

  useEffect(() => {
    if (answer) answerRef.current?.scrollIntoView({ block: "start" });
  }, [answer]);

  return (
    <div className="grid min-w-0 gap-3">
      {sites.length > 0 ? (
        site && !choosing ? (
          <p className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm shadow-sm">
            <span>
              <span className="font-semibold">Site : </span>
              {site.name} ({site.commune})
            </span>
            <button type="button" onClick={() => setChoosing(true)} className="min-h-9 font-semibold text-navy underline">
              Changer de site
            </button>
          </p>
        ) : (
          <label className="grid min-w-0 gap-1 rounded-md bg-white p-3 text-sm font-semibold shadow-sm">
            Site de contrôle
            <select
              value={site?.id ?? ""}
              onChange={(e) => {
                saveSite(e.target.value || null);
                setChoosing(false);
              }}
              className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 text-base font-normal"
            >
              <option value="">Choisissez le site où vous contrôlez</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.commune})
                </option>
              ))}
            </select>
            <span className="font-normal text-slate-600">Retenu sur ce téléphone : chaque contrôle enregistre ce site.</span>
          </label>
        )
      ) : null}
      {answer ? (
        <div ref={answerRef} className="scroll-mt-2">
          <GateAnswerCard answer={answer} />
        </div>
      ) : null}
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
          spellCheck={false}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "numero-error numero-hint" : "numero-hint"}
          className="min-h-12 rounded-md border border-slate-400 px-3 font-mono text-lg uppercase"
        />
        <p id="numero-hint" className="text-xs text-slate-600">
          Tirets et majuscules facultatifs : « ps20267k4m9q » suffit.
        </p>
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
    </div>
  );
}

/** Pause between two reads of the camera: enough for a phone to stay cool, short enough to feel instant. */
const SCAN_INTERVAL_MS = 150;
/** Frames wider than this are scaled down before reading: a printed QR code needs no more. */
const MAX_FRAME_WIDTH = 1280;

function QrScanner({ onResult }: { onResult: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onResult);
  done.current = onResult;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch {
        if (!stopped)
          setError("Impossible d'accéder à l'appareil photo. Autorisez la caméra pour ce site, ou saisissez le numéro du passeport.");
        return;
      }
      if (stopped) return stop();
      const element = video.current!;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      const { readQrCode, loadQrReader } = await import("@/lib/passports/qr-reader");
      try {
        await loadQrReader();
      } catch {
        if (!stopped) setError("Le lecteur de QR code n'a pas pu se charger. Vérifiez la connexion, ou saisissez le numéro du passeport.");
        return stop();
      }
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      const scan = async () => {
        if (stopped) return;
        const { videoWidth: width, videoHeight: height } = element;
        let text: string | null = null;
        if (width && height) {
          // the frame's size is read each time: a phone may change it when it turns
          const scale = Math.min(1, MAX_FRAME_WIDTH / width);
          canvas.width = Math.round(width * scale);
          canvas.height = Math.round(height * scale);
          context.drawImage(element, 0, 0, canvas.width, canvas.height);
          text = await readQrCode(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null);
        }
        if (stopped) return;
        if (text) {
          stop();
          done.current(text);
        } else timer = setTimeout(scan, SCAN_INTERVAL_MS);
      };
      void scan();
    })();
    return stop;
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
