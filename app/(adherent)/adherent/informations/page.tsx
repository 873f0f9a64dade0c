import { InformationScreen } from "@/app/(entreprise)/entreprise/informations/information-screen";

export const metadata = { title: "Informations de l'entreprise" };

export default async function Page({ searchParams }: { searchParams: Promise<{ relais?: string }> }) {
  return <InformationScreen space="adherent" sent={(await searchParams).relais === "envoye"} />;
}
