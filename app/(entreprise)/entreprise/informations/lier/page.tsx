import { LinkSpacesScreen } from "./link-spaces-screen";

export const metadata = { title: "Lier vos espaces" };

export default function Page() {
  return <LinkSpacesScreen space="entreprise" />;
}
