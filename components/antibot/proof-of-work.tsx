"use client";
// The browser's side of the self-hosted anti-robot check (lib/antibot): the proof of work is
// solved in the background while the visitor types. A challenge serves once, even when the
// server then refuses the submission: `renew()` fetches and solves a new one for the next try.
import { useCallback, useEffect, useRef, useState } from "react";
import { solveProofOfWork } from "@/lib/antibot/solve";
import { newChallengeAction } from "@/lib/antibot/actions";

type Challenge = { challenge: string; difficulty: number };
type Proof = { challenge: string; nonce: string };

export function useProofOfWork(first: Challenge) {
  const [current, setCurrent] = useState(first);
  const [solved, setSolved] = useState(false);
  const proof = useRef<Promise<Proof> | null>(null);

  useEffect(() => {
    let stale = false;
    proof.current = solveProofOfWork(current.challenge, current.difficulty).then((nonce) => {
      if (!stale) setSolved(true);
      return { challenge: current.challenge, nonce };
    });
    return () => {
      stale = true;
    };
  }, [current]);

  /** The solved challenge and nonce (waits while the work is still running). */
  const take = useCallback(() => proof.current!, []);

  const renew = useCallback(async () => {
    const fresh = await newChallengeAction({});
    if (!fresh.ok) return;
    setSolved(false);
    setCurrent(fresh.data);
  }, []);

  return { solved, proof: take, renew };
}

export function ProofOfWorkStatus({ solved }: { solved: boolean }) {
  return (
    <p role="status" className="text-sm text-slate-700">
      Vérification anti-robot (sans service extérieur)&#8239;: {solved ? "terminée ✓" : "en cours…"}
    </p>
  );
}
