// E5: the profile's modules, in order, full screen, for a projector.
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { toMedia } from "@/lib/learning/media";
import { getTrainerSession } from "@/lib/sessions/trainer-session";
import { SessionPlayback } from "./session-playback";

export const metadata = { title: "Diffusion de la sensibilisation" };

export default async function PlaybackPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("formateur");
  const { id } = await params;
  const session = await getTrainerSession(viewer, id);
  if (!session) notFound();
  const modules = await db.module.findMany({
    where: { id: { in: session.modules.map((m) => m.id) } },
    select: { id: true, title: true, summary: true, mediaKind: true, mediaPath: true, captionsPath: true, slides: true },
  });
  const byId = new Map(modules.map((m) => [m.id, m]));
  return (
    <SessionPlayback
      sessionId={session.id}
      label={session.label}
      modules={session.modules.map((m) => {
        const full = byId.get(m.id)!;
        return {
          id: m.id,
          title: full.title,
          summary: full.summary,
          media: toMedia(full.mediaKind, full.mediaPath, full.captionsPath, full.slides),
        };
      })}
    />
  );
}
