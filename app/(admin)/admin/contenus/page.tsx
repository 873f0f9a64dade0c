import { ComingSoon } from "@/components/coming-soon";
import { requireSpace } from "@/lib/auth/guards";

export const metadata = { title: "Contenus" };

export default async function Page() {
  await requireSpace("admin");
  return <ComingSoon title="CONTENUS" />;
}
