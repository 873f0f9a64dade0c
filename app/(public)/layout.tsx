import Link from "next/link";

const FOOTER = [
  { href: "/cgu", label: "CGU" },
  { href: "/aide", label: "AIDE" },
  { href: "/mentions-legales", label: "MENTIONS LÉGALES" },
  { href: "/confidentialite", label: "CONFIDENTIALITÉ" },
  { href: "/credits", label: "CRÉDITS" },
  { href: "/acces-administrateur", label: "ACCÈS ADMINISTRATEUR" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-navy px-4 py-4 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between">
          <Link href="/" className="text-lg font-black tracking-wider">
            PASSEPORT <span className="text-safety">SÉCURITÉ</span>
          </Link>
          <span className="text-xs uppercase text-slate-300">Union nationale des producteurs de granulats</span>
        </div>
      </header>
      <main id="contenu" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="bg-navy px-4 py-4 text-xs text-slate-200">
        <nav aria-label="Liens du pied de page" className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2">
          {FOOTER.map((l) => (
            <Link key={l.href} href={l.href} className="hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
      </footer>
    </div>
  );
}
