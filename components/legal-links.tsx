import Link from "next/link";

export const LEGAL_LINKS = [
  { href: "/mentions-legales", label: "MENTIONS LÉGALES" },
  { href: "/cgu", label: "CONDITIONS GÉNÉRALES D'UTILISATION" },
  { href: "/aide", label: "AIDE" },
  { href: "/confidentialite", label: "CONFIDENTIALITÉ" },
  { href: "/credits", label: "CRÉDITS" },
];

export function LegalLinks({ className = "" }: { className?: string }) {
  return (
    <ul className={className}>
      {LEGAL_LINKS.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="hover:underline">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
