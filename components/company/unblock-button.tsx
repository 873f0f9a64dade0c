"use client";
// B10: "Bloqué" opens a confirmation; confirming unblocks the learner.
import { ConfirmButton } from "@/components/ui/confirm-button";
import { unblockEmployeeAction } from "@/lib/people/actions";

export function UnblockButton({ personId, name }: { personId: string; name: string }) {
  return (
    <ConfirmButton
      id={`debloquer-${personId}`}
      trigger="Bloqué"
      triggerClassName="rounded bg-red-700 px-2 py-1 font-bold text-white"
      title="DÉBLOQUER LE COMPTE"
      onConfirm={() => unblockEmployeeAction({ personId })}
    >
      <p className="mt-2">Voulez-vous débloquer le compte de {name} ? Il pourra repasser le module.</p>
    </ConfirmButton>
  );
}
