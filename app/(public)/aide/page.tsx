import { ComingSoon } from "@/components/coming-soon";

export const metadata = { title: "AIDE" };

export default function Page() {
  return <ComingSoon title="AIDE" />;
}
