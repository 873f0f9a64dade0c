import { HandoverScreen } from "@/app/(entreprise)/entreprise/informations/relais/handover-screen";

export const metadata = { title: "Passage de relais" };

export default function Page() {
  return <HandoverScreen space="adherent" />;
}
