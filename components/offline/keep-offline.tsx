"use client";
// Issue 18, item 1: "Mes passeports sécurité" stays on the phone once opened (lib/offline).
import { useEffect, useState, useSyncExternalStore } from "react";
import { keepPageOffline } from "@/lib/offline/keep-offline";

const subscribeNetwork = (listener: () => void) => {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
};

export function KeepOffline({ label, offlineLabel }: { label: string; offlineLabel: string }) {
  const online = useSyncExternalStore(
    subscribeNetwork,
    () => navigator.onLine,
    () => true,
  );
  const [kept, setKept] = useState(false);
  // Kept once, when the page opens online. Not again when the network comes back: that late
  // copy could land after a sign-out had emptied the cache, and leave this person's page behind.
  useEffect(() => {
    if (!navigator.onLine) return;
    keepPageOffline()
      .then(setKept)
      .catch(() => setKept(false));
  }, []);
  const note = !online ? offlineLabel : kept ? label : null;
  return note ? <p className="mx-auto w-full max-w-md text-center text-xs text-slate-600">{note}</p> : null;
}
