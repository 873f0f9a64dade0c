// Issue 14, item 3: "Exporter la liste : Excel (.xlsx) · CSV", the two downloads of a list.
export function ExportLinks({ href, label = "Exporter la liste" }: { href: string; label?: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-4 text-sm">
      <span className="font-semibold">{label} :</span>
      <a href={`${href}?format=xlsx`} className="inline-flex min-h-11 items-center font-semibold underline" download>
        Excel (.xlsx)
      </a>
      <a href={href} className="inline-flex min-h-11 items-center font-semibold underline" download>
        CSV
      </a>
    </p>
  );
}
