// The frame of the French error pages (404, 500): the site's header, what happened, and the
// ways back: one's space (or the home page) and AIDE.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { LegalLinks } from "@/components/legal-links";

export function ErrorPage({
  code,
  title,
  children,
  back,
  action,
}: {
  code: string;
  title: string;
  children: React.ReactNode;
  back: { href: string; label: string };
  action?: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-navy px-4 py-4 text-white">
        <div className="mx-auto max-w-5xl">
          <Link href="/" className="text-lg font-black tracking-wider">
            PASSEPORT <span className="text-safety">SÉCURITÉ</span>
          </Link>
        </div>
      </header>
      <main id="contenu" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
        <section aria-labelledby="titre" className="rounded-lg bg-white p-6 shadow-sm">
          <p className="text-sm font-bold text-slate-600">Erreur {code}</p>
          <h1 id="titre" className="mt-1 text-2xl font-black">
            {title}
          </h1>
          <div className="mt-3 text-slate-700">{children}</div>
          <div className="mt-6 flex flex-wrap gap-3">
            {action}
            <a href={back.href} className={buttonClass("primary")}>
              {back.label}
            </a>
            <Link href="/aide" className={buttonClass("secondary")}>
              AIDE
            </Link>
          </div>
        </section>
      </main>
      <footer className="bg-navy px-4 py-4 text-xs text-slate-200">
        <LegalLinks className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2" />
      </footer>
    </div>
  );
}
