"use client";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeApiKeyAction } from "@/lib/api/actions";

export function RevokeApiKeyButton({ keyId, name }: { keyId: string; name: string }) {
  return (
    <ConfirmButton
      id={`revoquer-${keyId}`}
      trigger={<>Révoquer</>}
      triggerClassName="font-semibold text-red-800 underline"
      title={`Révoquer la clé «\u202f${name}\u202f»\u202f?`}
      confirmClassName="bg-red-700 text-white"
      onConfirm={() => revokeApiKeyAction({ keyId })}
    >
      Le système qui l&apos;utilise ne pourra plus contrôler de passeport, dès maintenant. Ce n&apos;est pas réversible&#8239;: il faudra
      créer une nouvelle clé.
    </ConfirmButton>
  );
}
