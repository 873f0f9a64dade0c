import { ImportScreen } from "./import-screen";

export const metadata = { title: "Importer des salariés" };

export default function Page() {
  return <ImportScreen space="entreprise" />;
}
