import { CompanyInformationView } from "@/components/company/company-views";

export const metadata = { title: "Informations de l'entreprise" };

export default async function Page({ searchParams }: { searchParams: Promise<{ relais?: string }> }) {
  return <CompanyInformationView space="adherent" sent={(await searchParams).relais === "envoye"} />;
}
