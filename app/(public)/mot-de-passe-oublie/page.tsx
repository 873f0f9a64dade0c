import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "IDENTIFIANTS OUBLIÉS" };

export default function Page() {
  return <ComingSoon title="IDENTIFIANTS OUBLIÉS" />;
}
