import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { spaceChoices } from "@/lib/auth/spaces";
import { isController } from "@/lib/auth/access";

export default async function LearnerLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("espace");
  const person = viewer.person!;
  const menu = [
    { href: "/espace", label: "TABLEAU DE BORD" },
    ...(person.roles.includes("TRAINER") ? [{ href: "/formateur", label: "ESPACE FORMATEUR" }] : []),
    { href: "/espace/mes-informations", label: "MES INFORMATIONS" },
    { href: "/espace/parcours", label: "VALIDER MON PARCOURS" },
    { href: "/espace/passeports", label: "MES PASSEPORTS" },
    ...(isController(viewer) ? [{ href: "/espace/controle", label: "CONTRÔLER UN PASSEPORT" }] : []),
  ];
  return (
    <SpaceShell
      spaces={spaceChoices(viewer, "espace")}
      spaceLabel={person.profileName ?? "Espace collaborateur"}
      who={`${person.firstName} ${person.lastName}`}
      menu={menu}
    >
      {children}
    </SpaceShell>
  );
}
