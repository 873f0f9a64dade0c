"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = pathname === href || (href.split("/").length > 2 && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      // issue 18, item 5: on a phone the folded menu (a <details>) closes once an entry is chosen
      onClick={(e) => e.currentTarget.closest("details")?.removeAttribute("open")}
      className={`rounded px-3 py-3 text-sm font-bold tracking-wide ${current ? "bg-safety text-navy" : "text-white hover:bg-navy-light"}`}
    >
      {label}
    </Link>
  );
}
