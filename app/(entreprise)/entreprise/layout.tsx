import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";

const COMPANY_MENU = [
  { href: "/entreprise", label: "TABLEAU DE BORD" },
  { href: "/entreprise/informations", label: "INFORMATIONS ENTREPRISE" },
  { href: "/entreprise/salaries", label: "LISTE DES SALARIÉS" },
];

export default async function CompanyLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("entreprise");
  return (
    <SpaceShell spaceLabel="Entreprise" who={viewer.company!.name} menu={COMPANY_MENU}>
      {children}
    </SpaceShell>
  );
}
