import { HandoverView } from "@/components/company/company-views";

export const metadata = { title: "Passage de relais" };

export default function Page() {
  return <HandoverView space="entreprise" />;
}
