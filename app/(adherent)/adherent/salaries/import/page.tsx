import { ImportScreen } from "@/app/(entreprise)/entreprise/salaries/import/import-screen";

export const metadata = { title: "Importer des salariés" };

export default function Page() {
  return <ImportScreen space="adherent" />;
}
