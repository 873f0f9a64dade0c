import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { spaceChoices } from "@/lib/auth/spaces";

const TRAINER_MENU = [
  { href: "/formateur", label: "TABLEAU DE BORD" },
  { href: "/espace", label: "ESPACE COLLABORATEUR" },
  { href: "/formateur/sessions/nouvelle", label: "CRÉER UNE SENSIBILISATION" },
  { href: "/formateur/validation", label: "VALIDER DES PASSEPORTS" },
  { href: "/formateur/impression", label: "IMPRIMER DES PASSEPORTS" },
  { href: "/espace/controle", label: "CONTRÔLER UN PASSEPORT" },
];

export default async function TrainerLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("formateur");
  return (
    <SpaceShell
      spaces={spaceChoices(viewer, "formateur")}
      spaceLabel="Profil formateur"
      who={`${viewer.person!.firstName} ${viewer.person!.lastName}`}
      menu={TRAINER_MENU}
    >
      {children}
    </SpaceShell>
  );
}
