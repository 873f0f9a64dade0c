import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { GlobalSearch } from "./global-search-box";

const ADMIN_MENU = [
  { href: "/admin", label: "TABLEAU DE BORD" },
  { href: "/admin/entreprises", label: "ENTREPRISES" },
  { href: "/admin/habilitations", label: "HABILITATIONS FORMATEURS" },
  { href: "/admin/utilisateurs", label: "UTILISATEURS" },
  { href: "/admin/contenus", label: "CONTENUS" },
  { href: "/admin/statistiques", label: "STATISTIQUES" },
  { href: "/admin/controles", label: "CONTRÔLES SUSPECTS" },
  { href: "/admin/emails", label: "E-MAILS ENVOYÉS" },
  { href: "/admin/messages", label: "MESSAGES CIBLÉS" },
  { href: "/admin/taches", label: "TÂCHES PLANIFIÉES" },
  { href: "/admin/journal", label: "JOURNAL D'AUDIT" },
  { href: "/admin/assistance", label: "DEMANDES D'ASSISTANCE" },
  { href: "/admin/aide", label: "AIDE — FAQ" },
  { href: "/admin/securite", label: "SÉCURITÉ DU COMPTE" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireSpace("admin");
  return (
    <SpaceShell spaceLabel="Administrateur" who={viewer.email ?? "Administrateur"} menu={ADMIN_MENU}>
      <GlobalSearch />
      {children}
    </SpaceShell>
  );
}
