import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { spaceChoices } from "@/lib/auth/spaces";

const MEMBER_MENU = [
  { href: "/adherent", label: "TABLEAU DE BORD" },
  { href: "/adherent/informations", label: "INFORMATIONS ENTREPRISE" },
  { href: "/adherent/salaries", label: "LISTE DES SALARIÉS" },
  { href: "/adherent/passeport-prevention", label: "PASSEPORT DE PRÉVENTION" },
  // issue 18: quarry sites, their check history and the access-control API
  { href: "/adherent/sites", label: "MES SITES" },
  { href: "/adherent/controles", label: "CONTRÔLES SUR MES SITES" },
  { href: "/adherent/api", label: "API CONTRÔLE D'ACCÈS" },
];

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("adherent");
  return (
    <SpaceShell spaces={spaceChoices(viewer, "adherent")} spaceLabel="Entreprise adhérente" who={viewer.company!.name} menu={MEMBER_MENU}>
      {children}
    </SpaceShell>
  );
}
