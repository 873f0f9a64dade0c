import { HandoverScreen } from "./handover-screen";

export const metadata = { title: "Passage de relais" };

export default function Page() {
  return <HandoverScreen space="entreprise" />;
}
