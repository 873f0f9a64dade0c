"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkReadButton({ id, label }: { id: string | null; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await markNotificationReadAction({ id });
            if (!res.ok) setError(res.error);
            else router.refresh();
          })
        }
        className="min-h-11 rounded-md border border-navy px-3 text-sm font-bold text-navy hover:bg-slate-100 disabled:opacity-50"
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
