import { requireSpace } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { SessionWizard } from "./session-wizard";

export const metadata = { title: "Créer une sensibilisation" };

const CODES = ["ADMINISTRATIF", "TECHNIQUE", "TRANSPORTEUR"] as const;

export default async function NewSessionPage() {
  await requireSpace("formateur");
  const profiles = await db.profile.findMany({
    where: { active: true, code: { in: [...CODES] } },
    orderBy: { position: "asc" },
    select: { code: true, name: true, description: true, _count: { select: { modules: { where: { module: { active: true } } } } } },
  });
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">CRÉER UNE SENSIBILISATION</h1>
      <SessionWizard
        profiles={profiles.map((p) => ({
          code: p.code as (typeof CODES)[number],
          name: p.name,
          description: p.description,
          moduleCount: p._count.modules,
        }))}
      />
    </div>
  );
}
