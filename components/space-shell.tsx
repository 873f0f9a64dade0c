// The frame of every role space: side menu with the seed's labels, the legal links, and a
// collapsible menu on phones.
import Link from "next/link";
import { LegalLinks } from "@/components/legal-links";
import { SignOutButton } from "@/components/sign-out-button";
import { NavLink } from "@/components/nav-link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { SpaceChoice } from "@/lib/auth/spaces";

export type MenuItem = { href: string; label: string };

export function SpaceShell({
  spaceLabel,
  who,
  menu,
  spaces = [],
  children,
}: {
  spaceLabel: string;
  who: string;
  menu: MenuItem[];
  /** C2: the other spaces this login opens (empty when there is only one) */
  spaces?: SpaceChoice[];
  children: React.ReactNode;
}) {
  const current = spaces.find((s) => s.current);
  const switcher = spaces.length ? (
    <details className="mx-2 mb-2 rounded-md bg-navy-light/60">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 text-sm font-bold">
        <span>
          <span className="sr-only">Changer d&apos;espace — espace actuel&#8239;: </span>
          {current?.label}
        </span>
        <span aria-hidden="true">▾</span>
      </summary>
      <nav aria-label="Mes espaces" className="flex flex-col gap-1 px-1 pb-2">
        {spaces
          .filter((s) => !s.current)
          .map((s) => (
            <Link key={s.href} href={s.href} className="rounded px-3 py-2 text-sm font-bold hover:bg-navy">
              {s.label}
            </Link>
          ))}
      </nav>
    </details>
  ) : null;
  const nav = (
    <nav aria-label="Menu principal" className="flex flex-col gap-1">
      {menu.map((item) => (
        <NavLink key={item.href} href={item.href} label={item.label} />
      ))}
      <SignOutButton className="rounded px-3 py-3 text-left text-sm font-bold tracking-wide text-white hover:bg-navy-light" />
    </nav>
  );
  return (
    <div className="min-h-screen md:flex">
      {/* on a low desktop screen the side bar scrolls on its own: it takes the focus too (issue 15) */}
      <aside
        tabIndex={0}
        aria-label="Barre latérale"
        className="bg-navy text-white md:sticky md:top-0 md:flex md:h-screen md:w-72 md:flex-col md:overflow-y-auto"
      >
        <div className="flex items-center justify-between gap-3 px-4 py-4 md:block">
          <Link href="/" className="block font-black tracking-wider">
            PASSEPORT <span className="text-safety">SÉCURITÉ</span>
          </Link>
          <div className="flex min-w-0 items-center gap-2 md:mt-4 md:justify-between">
            {/* a long name wraps instead of widening the phone's page */}
            <p className="min-w-0 text-sm [overflow-wrap:anywhere]">
              <span className="block text-xs uppercase text-slate-300">{spaceLabel}</span>
              <span className="font-semibold">{who}</span>
            </p>
            {/* issue 13: the first menu entry is the space's home; its notifications live under it */}
            <NotificationBell href={`${menu[0]?.href ?? ""}/notifications`} />
          </div>
        </div>
        {switcher}
        <details className="group border-t border-navy-light md:hidden">
          <summary className="cursor-pointer list-none px-4 py-3 font-bold">☰ Menu</summary>
          <div className="px-2 pb-3">{nav}</div>
          {/* issue 13: AIDE and the legal pages on phones too */}
          <LegalLinks className="space-y-1 border-t border-navy-light px-5 py-3 text-xs text-slate-300" />
        </details>
        <div className="hidden flex-1 px-2 md:block">{nav}</div>
        <LegalLinks className="hidden space-y-1 px-5 py-4 text-xs text-slate-300 md:block" />
        <p className="hidden px-5 pb-4 text-xs font-bold text-slate-300 md:block">UNPG</p>
      </aside>
      <main id="contenu" className="min-w-0 flex-1 p-4 md:p-8">
        <div className="mx-auto max-w-5xl">{children}</div>
      </main>
    </div>
  );
}
