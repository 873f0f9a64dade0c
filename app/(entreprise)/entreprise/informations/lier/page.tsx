import { LinkSpacesView } from "@/components/company/company-views";

export const metadata = { title: "Lier vos espaces" };

export default function Page() {
  return <LinkSpacesView space="entreprise" />;
}
