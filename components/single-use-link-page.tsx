// The frame of the pages a single-use link opens (new password, referent invitation, new
// e-mail): the step when the link works, else why not and where to go next.
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";

export function SingleUseLinkPage({
  title,
  error,
  back,
  children,
}: {
  title: string;
  /** why the link cannot be used, or null when it can */
  error: string | null;
  back: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <section className="mx-auto grid max-w-md gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-lg font-black tracking-wide">{title}</h1>
      {error ? (
        <>
          <FormAlert message={error} />
          <Link href={back.href} className="underline">
            {back.label}
          </Link>
        </>
      ) : (
        children
      )}
    </section>
  );
}
