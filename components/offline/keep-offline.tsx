"use client";
// Issue 18, item 1: "Mes passeports sécurité" stays on the phone once opened (lib/offline).
import { useEffect, useState } from "react";
import { keepPageOffline } from "@/lib/offline/keep-offline";

export function KeepOffline({ label }: { label: string }) {
  const [kept, setKept] = useState(false);
  useEffect(() => {
    keepPageOffline()
      .then(setKept)
      .catch(() => setKept(false));
  }, []);
  return kept ? <p className="mx-auto w-full max-w-md text-center text-xs text-slate-600">{label}</p> : null;
}
