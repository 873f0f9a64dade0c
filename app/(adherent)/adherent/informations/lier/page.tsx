import { LinkSpacesScreen } from "@/app/(entreprise)/entreprise/informations/lier/link-spaces-screen";

export const metadata = { title: "Lier vos espaces" };

export default function Page() {
  return <LinkSpacesScreen space="adherent" />;
}
