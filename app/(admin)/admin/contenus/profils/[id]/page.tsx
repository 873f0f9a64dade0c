// Issue 12: one profile: its name, description and validity, its modules in order, and its
// archiving (refused for the profiles the attribution rule gives).
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getProfile } from "@/lib/content/profiles";
import { Facts } from "@/components/ui/facts";
import { frenchSpaces } from "@/lib/typography";
import { ProfileForm } from "../profile-form";
import { ProfileModules } from "./profile-modules";
import { ArchiveProfile } from "./archive-profile";

export const metadata = { title: "Profil" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("admin");
  const { id } = await params;
  const p = await getProfile(viewer, id);
  if (!p) notFound();
  return (
    <div className="grid gap-8">
      <div className="grid gap-1">
        <p className="text-sm">
          <Link href="/admin/contenus" className="font-semibold text-navy underline">
            Contenus
          </Link>{" "}
          / profil
        </p>
        <h1 className="text-2xl font-black">{p.name.toUpperCase()}</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          {p.active ? (
            <span className="rounded bg-green-100 px-2 py-0.5 font-semibold text-green-900">Actif</span>
          ) : (
            <span className="rounded bg-slate-700 px-2 py-0.5 font-semibold text-white">Archivé</span>
          )}
          {p.ruleUsed ? (
            <span className="rounded bg-navy px-2 py-0.5 font-semibold text-white">Donné par la règle d&apos;attribution</span>
          ) : null}
        </p>
      </div>
      <Facts
        className="max-w-xl rounded-lg bg-white p-4 shadow-sm"
        items={[
          ["Code", p.code],
          ["Personnes", String(p.peopleCount)],
          ["Parcours en cours", String(p.pathsUnderWay)],
        ]}
      />

      <Section id="informations" title="Informations">
        <ProfileForm profileId={p.id} defaultValues={{ name: p.name, description: p.description, validityMonths: p.validityMonths }} />
      </Section>

      <Section id="modules" title={`Modules du parcours (${p.modules.length})`}>
        <p className="max-w-3xl text-slate-700">
          L&apos;ordre est celui du parcours&#8239;: un module s&apos;ouvre quand le précédent est réussi. Les parcours déjà commencés
          suivent le nouvel ordre&#8239;; un module ajouté vaut pour les parcours commencés ensuite, un module retiré n&apos;est plus
          demandé.
        </p>
        <ProfileModules profileId={p.id} modules={p.modules} addable={p.addable} pathsUnderWay={p.pathsUnderWay} />
      </Section>

      <Section id="archivage" title="Archivage">
        {p.ruleUsed ? (
          <p className="max-w-3xl text-slate-700">
            Ce profil ne peut pas être archivé&#8239;: la règle d&apos;attribution le donne aux nouvelles personnes selon leurs réponses
            (voir la page CONTENUS).
          </p>
        ) : (
          <>
            <p className="max-w-3xl text-slate-700">
              {frenchSpaces(
                p.active
                  ? "Un profil archivé n'est plus proposé pour de nouvelles personnes ; celles qui l'ont le gardent."
                  : "Ce profil est archivé : il n'est plus proposé pour de nouvelles personnes.",
              )}
            </p>
            <ArchiveProfile profileId={p.id} name={p.name} active={p.active} peopleCount={p.peopleCount} />
          </>
        )}
      </Section>
    </div>
  );
}
