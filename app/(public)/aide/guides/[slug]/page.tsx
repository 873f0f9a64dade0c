import Link from "next/link";
import { notFound } from "next/navigation";
import { GUIDES, guideBySlug } from "@/lib/help/guides";
import { frenchSpaces } from "@/lib/typography";

export function generateStaticParams() {
  return GUIDES.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const guide = guideBySlug((await params).slug);
  return { title: guide?.title ?? "Aide" };
}

export default async function GuidePage({ params }: { params: Promise<{ slug: string }> }) {
  const guide = guideBySlug((await params).slug);
  if (!guide) notFound();
  return (
    <article className="grid max-w-3xl gap-5 rounded-lg bg-white p-6 shadow-sm">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/aide" className="underline">
          Aide et assistance
        </Link>{" "}
        › {guide.title}
      </nav>
      <header>
        <p className="text-xs font-bold uppercase text-slate-600">{guide.audience}</p>
        <h1 className="text-2xl font-black">{guide.title}</h1>
        <p className="mt-2 text-slate-700">{frenchSpaces(guide.intro)}</p>
      </header>
      {guide.sections.map((s) => (
        <section key={s.heading}>
          <h2 className="text-lg font-bold">{s.heading}</h2>
          {s.paragraphs?.map((p) => (
            <p key={p} className="mt-2 text-slate-800">
              {frenchSpaces(p)}
            </p>
          ))}
          {s.steps ? (
            <ol className="mt-2 list-decimal space-y-1 pl-6 text-slate-800">
              {s.steps.map((step) => (
                <li key={step}>{frenchSpaces(step)}</li>
              ))}
            </ol>
          ) : null}
        </section>
      ))}
      <p className="border-t border-slate-200 pt-4 text-sm">
        Une question sans réponse ici&#8239;?{" "}
        <Link href="/aide" className="font-semibold underline">
          Cherchez dans la foire aux questions
        </Link>{" "}
        ou{" "}
        <Link href="/aide/contact" className="font-semibold underline">
          contactez l&apos;assistance
        </Link>
        .
      </p>
    </article>
  );
}
