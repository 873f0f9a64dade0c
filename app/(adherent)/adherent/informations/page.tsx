import { ComingSoon } from "@/components/coming-soon";
import { requireSpace } from "@/lib/auth/guards";

export default async function Page() {
  await requireSpace("adherent");
  return <ComingSoon title="INFORMATIONS DE L'ENTREPRISE" />;
}
