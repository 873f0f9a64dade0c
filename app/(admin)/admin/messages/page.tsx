// H6 "MESSAGES CIBLÉS": the messages written by administrators, their targeting, their
// delivery and how many recipients read them in the app.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listTargetedMessages } from "@/lib/messages/targeted-messages";
import { MESSAGE_ROLES } from "@/lib/messages/message.schema";
import { REGION_LABELS } from "@/lib/companies/regions";
import { formatDateTime } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Messages ciblés" };

const STATUS = { SCHEDULED: "Programmé", SENDING: "Envoi en cours", SENT: "Envoyé" } as const;
const KINDS = { SUBCONTRACTOR: "sous-traitantes", MEMBER: "adhérentes" } as const;

export default async function MessagesPage() {
  const viewer = await requireSpace("admin");
  const messages = await listTargetedMessages(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="titre" className="text-2xl font-black">
          Messages ciblés
        </h1>
        <Link href="/admin/messages/nouveau" className={buttonClass("primary")}>
          Nouveau message
        </Link>
      </div>
      <p className="text-slate-700">
        Chaque destinataire reçoit le message dans l&apos;application et/ou par e-mail, selon ses choix pour «&#8239;Messages
        ciblés&#8239;». «&#8239;Lus&#8239;» compte ceux qui l&apos;ont marqué comme lu dans l&apos;application.
      </p>
      {messages.length === 0 ? <p className="rounded-lg bg-white p-4 shadow-sm">Aucun message pour le moment.</p> : null}
      <ul className="grid gap-3">
        {messages.map((m) => (
          <li key={m.id} className="grid gap-1 rounded-lg bg-white p-4 shadow-sm">
            <h2 className="font-bold">{m.title}</h2>
            <p className="text-sm">
              <strong>{STATUS[m.status]}</strong> —{" "}
              {m.status === "SENT" && m.sentAt ? `envoyé le ${formatDateTime(m.sentAt)}` : `prévu le ${formatDateTime(m.scheduledFor)}`}
            </p>
            <p className="text-sm text-slate-700">
              Cible&#8239;:{" "}
              {m.roles.length ? m.roles.map((r) => MESSAGE_ROLES[r as keyof typeof MESSAGE_ROLES] ?? r).join(", ") : "tous les rôles"}
              {m.companyKinds.length ? ` · entreprises ${m.companyKinds.map((k) => KINDS[k]).join(" et ")}` : ""}
              {m.regions.length ? ` · ${m.regions.map((r) => REGION_LABELS[r]).join(", ")}` : ""}
              {m.profileIds.length ? ` · ${m.profileIds.length} profil${m.profileIds.length > 1 ? "s" : ""}` : ""}
            </p>
            <p className="text-sm">
              Destinataires&#8239;: {m.recipientCount} · remis&#8239;: {m.delivered} · dans l&apos;application&#8239;: {m.inApp} ·{" "}
              <strong>lus&#8239;: {m.read}</strong>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
