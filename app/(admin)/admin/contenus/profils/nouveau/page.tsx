// Issue 12: a new profile (its modules are chosen on its page once it exists).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { ProfileForm } from "../profile-form";

export const metadata = { title: "Créer un profil" };

export default async function NewProfilePage() {
  await requireSpace("admin");
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <p className="text-sm">
          <Link href="/admin/contenus" className="font-semibold text-navy underline">
            Contenus
          </Link>{" "}
          / nouveau profil
        </p>
        <h1 className="text-2xl font-black">CRÉER UN PROFIL</h1>
        <p className="max-w-3xl text-slate-700">Une fois le profil créé, vous choisirez ses modules et leur ordre.</p>
      </div>
      <ProfileForm defaultValues={{ name: "", description: "", validityMonths: 36 }} />
    </div>
  );
}
