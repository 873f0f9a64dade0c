// D2: the bell of every space's header, with the number of unread notifications.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/notification-centre";

export async function NotificationBell({ href }: { href: string }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const unread = await unreadCount(viewer);
  const label = unread === 0 ? "Notifications, aucune non lue" : `Notifications, ${unread} non lue${unread > 1 ? "s" : ""}`;
  return (
    <Link
      href={href}
      aria-label={label}
      title={label}
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-full hover:bg-navy-light"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-safety px-1 text-center text-xs font-black text-navy">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
