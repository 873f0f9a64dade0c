import { SpaceShell } from "@/components/space-shell";
import { requireSpace } from "@/lib/auth/guards";
import { spaceChoices } from "@/lib/auth/spaces";
import { isController } from "@/lib/auth/access";
import { THEME_COLOR } from "@/lib/offline/manifests";
import type { Metadata, Viewport } from "next";

// issue 18, item 1: the learner space installs as a web app ("Mon passeport"); the check screen
// has its own manifest (its page's metadata)
export const metadata: Metadata = {
  manifest: "/manifestes/espace.webmanifest",
  icons: { icon: "/icons/icon.svg", apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Mon passeport", statusBarStyle: "default" },
};
export const viewport: Viewport = { themeColor: THEME_COLOR };

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
