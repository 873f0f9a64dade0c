import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "Inscription entreprise adhérente" };

export default function Page() {
  return <ComingSoon title="Inscription entreprise adhérente" />;
}
