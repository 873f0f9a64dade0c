import { NewEmployeeView } from "@/components/company/company-views";

export const metadata = { title: "Inscrire un nouveau salarié" };

export default function Page() {
  return <NewEmployeeView space="entreprise" />;
}
