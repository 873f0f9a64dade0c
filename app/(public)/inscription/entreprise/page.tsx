import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "Inscription entreprise sous-traitante" };

export default function Page() {
  return <ComingSoon title="Inscription entreprise sous-traitante" />;
}
