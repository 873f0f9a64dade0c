"use client";
// F2: the gate screen, made for a phone: a number field, or the camera reading the QR code
// (lib/passports/qr-reader.ts: ZXing's C++ reader in WebAssembly, in every browser). Issue 18: the
// controller picks their site once (kept on the phone, localStorage) and every check records
// it; the answer comes first, above the form, so that verdict, photo and name need no scrolling.
// Issue 18, item 3: the screen works offline. Online it keeps the platform's public keys and
// the signed list of revoked passports (lib/offline/gate-store.ts) and itself (service worker);
// offline a scanned QR code is answered from its signature and that list, marked "Hors ligne",
// kept on the phone and sent when the network returns. Online, the answer comes from the database.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { GateAnswerCard } from "@/components/gate-answer-card";
import { checkPassportAction, syncOfflineChecksAction } from "@/lib/passports/actions";
import type { GateAnswer } from "@/lib/passports/verify-passport";
import { checkOffline, listAge } from "@/lib/passports/offline-check";
import { MAX_SYNC_BATCH } from "@/lib/passports/offline-check.schema";
import {
  forgetWaitingCheck,
  loadGateLists,
  refreshGateLists,
  saveWaitingCheck,
  waitingChecks,
  type GateLists,
} from "@/lib/offline/gate-store";
import { keepPageOffline } from "@/lib/offline/keep-offline";

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

const subscribeNetwork = (listener: () => void) => {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
};

/** The lists are fetched again this often while the screen stays open online. */
const REFRESH_MS = 10 * 60_000;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

type Shown = { answer: GateAnswer; offline?: { listAge: string } };

export function PassportCheck({ sites = [], controllerId }: { sites?: ControlSite[]; controllerId: string }) {
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [scanning, setScanning] = useState(false);
  const [pending, startTransition] = useTransition();
  const [choosing, setChoosing] = useState(false);
  const storedId = useSyncExternalStore(subscribeSite, storedSite, () => null);
  const site = sites.find((s) => s.id === storedId) ?? null;
  const online = useSyncExternalStore(
    subscribeNetwork,
    () => navigator.onLine,
    () => true,
  );
  const [lists, setLists] = useState<GateLists | undefined>(undefined);
  const [offlineReady, setOfflineReady] = useState(false);
  const [waiting, setWaiting] = useState(0);
  const [syncNote, setSyncNote] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const answerRef = useRef<HTMLDivElement>(null);
  const syncing = useRef(false);

  /** Sends the checks this controller made offline; each one leaves the phone once the server has it. */
  const sync = useCallback(async () => {
    if (syncing.current || !navigator.onLine) return;
    syncing.current = true;
    try {
      const all = await waitingChecks(controllerId);
      let sent = 0;
      let refused = 0;
      for (let i = 0; i < all.length; i += MAX_SYNC_BATCH) {
        const batch = all.slice(i, i + MAX_SYNC_BATCH).map(({ controllerId: _owner, ...check }) => check);
        const res = await syncOfflineChecksAction({ checks: batch });
        if (!res.ok) break;
        for (const outcome of res.data) {
          await forgetWaitingCheck(outcome.id);
          if (outcome.status === "rejected") refused++;
          else sent++;
        }
      }
      if (sent || refused)
        setSyncNote(
          [
            sent ? `${plural(sent, "contrôle fait hors ligne envoyé", "contrôles faits hors ligne envoyés")}.` : "",
            refused ? `${plural(refused, "contrôle refusé", "contrôles refusés")} (heure du téléphone incohérente).` : "",
          ]
            .filter(Boolean)
            .join(" "),
        );
    } catch {
      // the network went again: the checks stay on the phone for the next time
    } finally {
      syncing.current = false;
      setWaiting((await waitingChecks(controllerId).catch(() => [])).length);
    }
  }, [controllerId]);

  // what the screen needs offline: the lists, the QR reader, the page itself; then what waits is sent
  useEffect(() => {
    let cancelled = false;
    const prepare = async () => {
      setNow(new Date());
      const kept = await loadGateLists().catch(() => undefined);
      if (!cancelled && kept) setLists(kept);
      if (!navigator.onLine) return;
      const fresh = await refreshGateLists();
      if (!cancelled && fresh) setLists(fresh);
      await import("@/lib/passports/qr-reader").then((m) => m.loadQrReader()).catch(() => undefined);
      const ready = await keepPageOffline().catch(() => false);
      if (!cancelled) setOfflineReady(ready && Boolean(fresh));
      await sync();
    };
    void prepare();
    void waitingChecks(controllerId)
      .then((w) => !cancelled && setWaiting(w.length))
      .catch(() => undefined);
    const timer = setInterval(() => (navigator.onLine ? void prepare() : setNow(new Date())), REFRESH_MS);
    const tick = setInterval(() => setNow(new Date()), 60_000);
    window.addEventListener("online", prepare);
    return () => {
      cancelled = true;
      clearInterval(timer);
      clearInterval(tick);
      window.removeEventListener("online", prepare);
    };
  }, [controllerId, sync]);

  const checkWithoutNetwork = async (input: string) => {
    const kept = lists ?? (await loadGateLists().catch(() => undefined));
    if (!kept) {
      setShown(null);
      setFieldError(
        "Hors ligne, et ce téléphone n'a pas encore la liste des passeports révoqués\u202f: ouvrez cet écran une fois avec du réseau.",
      );
      return;
    }
    const offline = await checkOffline(input, kept.jwks, kept.list);
    if (offline.kind === "needs-network") {
      setShown(null);
      setFieldError(
        "Hors ligne\u202f: scannez le QR code du passeport. Sans réseau, seul son QR code signé se vérifie, pas un numéro saisi.",
      );
      return;
    }
    await saveWaitingCheck({
      id: crypto.randomUUID(),
      qr: input.trim().slice(0, 700),
      checkedAt: Date.now(),
      listIssuedAt: kept.list.iat,
      siteId: site?.id ?? null,
      shownResult: offline.result,
      controllerId,
    });
    setWaiting((await waitingChecks(controllerId)).length);
    const c = offline.credential;
    setShown({
      answer: c
        ? {
            result: offline.result,
            number: c.number,
            holder: { firstName: c.firstName, lastName: c.lastName },
            companyName: c.companyName,
            profileName: c.profileName,
            expiresAt: c.expiresAt,
          }
        : { result: offline.result },
      offline: { listAge: listAge(kept.list.iat) },
    });
    setValue("");
  };

  const check = (input: string) =>
    startTransition(async () => {
      setFieldError(null);
      if (navigator.onLine) {
        try {
          const res = await checkPassportAction({ value: input, siteId: site?.id ?? null });
          if (res.ok) {
            setShown({ answer: res.data });
            setValue("");
          } else {
            setShown(null);
            setFieldError(res.fieldErrors?.value ?? res.error);
          }
          void sync();
          return;
        } catch {
          // the network failed on the way: answered offline below
        }
      }
      await checkWithoutNetwork(input);
    });

  useEffect(() => {
    if (shown) answerRef.current?.scrollIntoView({ block: "start" });
  }, [shown]);

  return (
    <div className="grid min-w-0 gap-3">
      <p
        role="status"
        className={`flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md px-3 py-2 text-sm ${online ? "bg-white shadow-sm" : "bg-amber-100 text-slate-900"}`}
      >
        {online ? (
          <span className="font-semibold">En ligne</span>
        ) : (
          <span className="rounded bg-navy px-2 py-0.5 text-xs font-black uppercase tracking-wide text-white">Hors ligne</span>
        )}
        <span>
          {lists ? `liste à jour ${listAge(lists.list.iat, now)}` : "liste des passeports révoqués pas encore chargée"}
          {online && offlineReady ? " · prêt pour le contrôle hors ligne" : ""}
          {!online ? " · scannez le QR code" : ""}
        </span>
        {waiting > 0 ? (
          <span className="font-semibold">{plural(waiting, "contrôle en attente d'envoi", "contrôles en attente d'envoi")}</span>
        ) : null}
      </p>
      {syncNote ? <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{syncNote}</p> : null}
      {sites.length > 0 ? (
        site && !choosing ? (
          <p className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm shadow-sm">
            <span>
              <span className="font-semibold">Site&#8239;: </span>
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
              <option value="">Choisis le site où tu contrôles</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.commune})
                </option>
              ))}
            </select>
            <span className="font-normal text-slate-600">Retenu sur ce téléphone&#8239;: chaque contrôle enregistre ce site.</span>
          </label>
        )
      ) : null}
      {shown ? (
        <div ref={answerRef} className="scroll-mt-2">
          <GateAnswerCard answer={shown.answer} offline={shown.offline} />
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
          Tirets et majuscules facultatifs&#8239;: «&#8239;ps20267k4m9q&#8239;» suffit.
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
          setError("Impossible d'accéder à l'appareil photo. Autorise la caméra pour ce site, ou saisis le numéro du passeport.");
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
        if (!stopped) setError("Le lecteur de QR code n'a pas pu se charger. Vérifie la connexion, ou saisis le numéro du passeport.");
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
        <p className="mt-2 text-center text-sm text-white">Place le QR code du passeport dans le cadre.</p>
      )}
    </div>
  );
}
