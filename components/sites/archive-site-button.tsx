"use client";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveSiteAction } from "@/lib/sites/actions";

export function ArchiveSiteButton({ siteId, name }: { siteId: string; name: string }) {
  return (
    <ConfirmButton
      id={`archiver-${siteId}`}
      trigger={<>Archiver</>}
      triggerClassName="font-semibold text-red-800 underline"
      title={`Archiver le site «\u202f${name}\u202f»\u202f?`}
      onConfirm={() => archiveSiteAction({ siteId })}
    >
      Les contrôleurs ne pourront plus le choisir. Les contrôles déjà enregistrés sur ce site restent dans l&apos;historique.
    </ConfirmButton>
  );
}
