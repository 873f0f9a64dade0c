// H6: writing a targeted message: title, Markdown body, targeting, the number of recipients
// and the rendered body before sending, now or at a chosen time.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { REGION_LABELS } from "@/lib/companies/regions";
import { messageProfiles } from "@/lib/messages/targeted-messages";
import { MessageForm } from "./message-form";

export const metadata = { title: "Nouveau message ciblé" };

export default async function NewMessagePage() {
  const viewer = await requireSpace("admin");
  const profiles = await messageProfiles(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <p>
        <Link href="/admin/messages" className="font-semibold text-navy underline">
          ← Messages ciblés
        </Link>
      </p>
      <h1 id="titre" className="text-2xl font-black">
        Nouveau message ciblé
      </h1>
      <MessageForm
        regions={Object.entries(REGION_LABELS).map(([value, label]) => ({ value, label }))}
        profiles={profiles.map((p) => ({ value: p.id, label: p.name }))}
      />
    </section>
  );
}
