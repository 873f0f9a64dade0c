import { ComingSoon } from "@/components/coming-soon";
import { requireSpace } from "@/lib/auth/guards";

export default async function Page() {
  await requireSpace("formateur");
  return <ComingSoon title="VALIDATION DES PASSEPORTS" />;
}
