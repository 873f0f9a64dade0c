import { frenchSpaces } from "@/lib/typography";
import Link from "next/link";
import { DismissibleBanner } from "@/components/ui/dismissible-banner";

export function DashboardCard({ title, text, href, action }: { title: string; text: string; href: string; action: string }) {
  return (
    <section className="flex flex-col rounded-lg border-t-4 border-safety bg-white p-5 shadow-sm">
      <h3 className="text-lg font-bold">{frenchSpaces(title)}</h3>
      <p className="mt-2 flex-1 text-slate-700">{frenchSpaces(text)}</p>
      <Link href={href} className="mt-4 self-start rounded-md bg-navy px-4 py-2 font-bold text-white hover:bg-navy-light">
        {action}
      </Link>
    </section>
  );
}

export function WelcomeBanner({ children }: { children: React.ReactNode }) {
  return (
    <DismissibleBanner className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
      {typeof children === "string" ? frenchSpaces(children) : children}
    </DismissibleBanner>
  );
}
