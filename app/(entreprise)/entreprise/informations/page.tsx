import { CompanyInformationView } from "@/components/company/company-views";

export const metadata = { title: "Informations de l'entreprise" };

export default function Page() {
  return <CompanyInformationView space="entreprise" />;
}
