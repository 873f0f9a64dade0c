"use client";
import { signOut } from "next-auth/react";
import { forgetOfflinePages } from "@/lib/offline/keep-offline";

export function SignOutButton({ className = "" }: { className?: string }) {
  return (
    <button
      type="button"
      className={className}
      onClick={async () => {
        // issue 18: the pages kept for offline use (passport card, control screen) leave the phone
        await forgetOfflinePages();
        await signOut({ callbackUrl: "/" });
      }}
    >
      DÉCONNEXION
    </button>
  );
}
