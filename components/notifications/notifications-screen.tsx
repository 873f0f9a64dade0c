// D2: the notification centre's page, the same in every space (newest first, unread marked).
import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { listNotifications } from "@/lib/notifications/notification-centre";
import { formatDateTime } from "@/lib/format";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { markdownToHtml } from "@/lib/messages/markdown";
import { MARKDOWN } from "@/components/notifications/markdown-style";
import { frenchSpaces, frenchSpacesInHtml } from "@/lib/typography";

const CATEGORY_LABELS = { ALERT: "Alerte", TASK: "Notification", MESSAGE: "Message ciblé" } as const;

export async function NotificationsScreen({ viewer }: { viewer: Viewer }) {
  const { rows } = await listNotifications(viewer);
  const unread = rows.filter((r) => !r.readAt).length;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-black">Notifications</h1>
        {unread > 0 ? <MarkReadButton id={null} label="Tout marquer comme lu" /> : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-5 text-slate-700 shadow-sm">Aucune notification pour le moment.</p>
      ) : (
        <ul className="grid gap-3">
          {rows.map((n) => (
            <li
              key={n.id}
              className={`rounded-lg bg-white p-4 shadow-sm ${n.readAt ? "" : "border-l-4 border-safety"}`}
              aria-label={n.readAt ? undefined : `${n.title} (non lue)`}
            >
              <p className="text-xs font-bold uppercase text-slate-600">
                {CATEGORY_LABELS[n.category]} · {formatDateTime(n.createdAt)}
                {n.readAt ? null : <span className="ml-2 rounded bg-safety px-1.5 py-0.5 text-navy">Non lue</span>}
              </p>
              <h2 className="mt-1 font-bold">{frenchSpaces(n.title)}</h2>
              {n.body && n.category === "MESSAGE" ? (
                // a targeted message's Markdown, rendered and sanitized (lib/messages/markdown.ts)
                <div
                  className={`mt-1 grid gap-2 text-slate-800 ${MARKDOWN}`}
                  dangerouslySetInnerHTML={{ __html: frenchSpacesInHtml(markdownToHtml(n.body)) }}
                />
              ) : n.body ? (
                <p className="mt-1 whitespace-pre-line text-slate-800">{n.body}</p>
              ) : null}
              <div className="mt-2 flex flex-wrap gap-3">
                {n.href ? (
                  <Link href={n.href} className="min-h-11 content-center font-bold text-navy underline">
                    Voir
                  </Link>
                ) : null}
                {n.readAt ? null : <MarkReadButton id={n.id} label="Marquer comme lue" />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
