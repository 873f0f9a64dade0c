"use client";
// Issue 18, item 1: "Mes passeports sécurité" stays on the phone once opened (lib/offline).
import { useEffect, useState } from "react";
import { keepPageOffline } from "@/lib/offline/keep-offline";

export function KeepOffline({ label, offlineLabel }: { label: string; offlineLabel: string }) {
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!navigator.onLine) {
      setNote(offlineLabel);
      return;
    }
    keepPageOffline()
      .then((kept) => setNote(kept ? label : null))
      .catch(() => setNote(null));
  }, [label, offlineLabel]);
  return note ? <p className="mx-auto w-full max-w-md text-center text-xs text-slate-600">{note}</p> : null;
}
