import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { spaceChoices } from "@/lib/auth/spaces";

const COMPANY_MENU = [
  { href: "/entreprise", label: "TABLEAU DE BORD" },
  { href: "/entreprise/informations", label: "INFORMATIONS ENTREPRISE" },
  { href: "/entreprise/salaries", label: "LISTE DES SALARIÉS" },
  { href: "/entreprise/passeport-prevention", label: "PASSEPORT DE PRÉVENTION" },
];

export default async function CompanyLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("entreprise");
  return (
    <SpaceShell spaces={spaceChoices(viewer, "entreprise")} spaceLabel="Entreprise" who={viewer.company!.name} menu={COMPANY_MENU}>
      {children}
    </SpaceShell>
  );
}
