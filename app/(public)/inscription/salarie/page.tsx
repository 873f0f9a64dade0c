import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "Inscription au Passeport Sécurité" };

export default function Page() {
  return <ComingSoon title="Inscription au Passeport Sécurité" />;
}
