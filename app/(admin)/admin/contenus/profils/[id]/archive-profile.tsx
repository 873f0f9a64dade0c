"use client";
// « Archiver » / « Réactiver » a profile, behind a dialog that opens on « Annuler ».
import { setProfileActiveAction } from "@/lib/content/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { buttonClass } from "@/components/ui/button";

export function ArchiveProfile({
  profileId,
  name,
  active,
  peopleCount,
}: {
  profileId: string;
  name: string;
  active: boolean;
  peopleCount: number;
}) {
  return (
    <ConfirmButton
      id="archiver-profil"
      trigger={active ? "Archiver" : "Réactiver"}
      triggerClassName={`${buttonClass("secondary")} justify-self-start`}
      title={active ? `Archiver le profil ${name} ?` : `Réactiver le profil ${name} ?`}
      onConfirm={() => setProfileActiveAction({ profileId, active: !active })}
    >
      <p className="mt-2 text-sm">
        {active
          ? `Le profil ne sera plus proposé pour de nouvelles personnes. ${
              peopleCount === 1
                ? "La personne qui l'a le garde, ainsi que son parcours et ses passeports."
                : peopleCount > 1
                  ? `Les ${peopleCount} personnes qui l'ont le gardent, ainsi que leur parcours et leurs passeports.`
                  : ""
            }`
          : "Le profil pourra de nouveau être attribué depuis la fiche d'une personne."}
      </p>
    </ConfirmButton>
  );
}
