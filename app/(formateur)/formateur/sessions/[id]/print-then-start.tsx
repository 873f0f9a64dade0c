"use client";
// E3's two buttons after a session is created: "Imprimer" downloads the questionnaires, and
// from then on the start button no longer says "sans imprimer" (issue 15).
import { useState } from "react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export function PrintThenStart({ questionnaires, playback }: { questionnaires: string; playback: string }) {
  const [printed, setPrinted] = useState(false);
  return (
    <>
      <div className="flex flex-wrap gap-3">
        <a href={questionnaires} download onClick={() => setPrinted(true)} className={buttonClass(printed ? "secondary" : "primary")}>
          Imprimer
        </a>
        <Link href={playback} className={buttonClass(printed ? "primary" : "secondary")}>
          {printed ? "Lancer la sensibilisation" : "Commencer sans imprimer"}
        </Link>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {printed ? "Questionnaires téléchargés\u202f: imprime-les, puis lance la sensibilisation." : null}
      </p>
    </>
  );
}
