"use client";
// B8: "SUPPRIMER LE PROFIL" with the seed's confirmation.
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteEmployeeAction } from "@/lib/people/actions";

export function DeleteEmployeeButton({ personId, name }: { personId: string; name: string }) {
  return (
    <ConfirmButton
      id={`supprimer-${personId}`}
      trigger={
        <>
          Supprimer<span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName="font-semibold text-red-800 underline"
      title="SUPPRIMER LE PROFIL"
      confirmClassName="bg-red-700 text-white"
      onConfirm={() => deleteEmployeeAction({ personId })}
    >
      <p className="mt-2">Êtes-vous sûr de vouloir supprimer ce profil&#8239;? ({name})</p>
      <p className="mt-2 text-sm text-slate-700">
        Son passeport ne sera plus valable&#8239;: un contrôle à l&apos;entrée d&apos;un site indiquera «&#8239;Révoqué&#8239;».
      </p>
    </ConfirmButton>
  );
}
