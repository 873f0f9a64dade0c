// Issue 12, item 2: a new module. Its media and questions come next, in its draft.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { NewModuleForm } from "./new-module-form";

export const metadata = { title: "Créer un module" };

export default async function NewModulePage() {
  await requireSpace("admin");
  return (
    <div className="grid max-w-2xl gap-4">
      <Link href="/admin/contenus" className="text-sm underline">
        Retour aux contenus
      </Link>
      <h1 className="text-2xl font-black">CRÉER UN MODULE</h1>
      <p className="text-slate-700">
        Le module est créé en brouillon&#8239;: vous déposerez ensuite son média et écrirez ses questions, puis le publierez. Il
        n&apos;entre dans un parcours qu&apos;une fois ajouté à un profil.
      </p>
      <NewModuleForm />
    </div>
  );
}
