import { requireSpace } from "@/lib/auth/guards";
import { NotificationsScreen } from "@/components/notifications/notifications-screen";

export const metadata = { title: "Notifications" };

export default async function Page() {
  return <NotificationsScreen viewer={await requireSpace("adherent")} />;
}
