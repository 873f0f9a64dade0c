import { InformationScreen } from "./information-screen";

export const metadata = { title: "Informations de l'entreprise" };

export default async function Page({ searchParams }: { searchParams: Promise<{ relais?: string }> }) {
  return <InformationScreen space="entreprise" sent={(await searchParams).relais === "envoye"} />;
}
