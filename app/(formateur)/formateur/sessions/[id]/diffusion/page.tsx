// E5: the profile's modules, in order, full screen, for a projector.
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { toMedia } from "@/lib/learning/media";
import { getTrainerSession } from "@/lib/sessions/trainer-session";
import { SessionPlayback } from "@/components/learning/session-playback";

export const metadata = { title: "Diffusion de la sensibilisation" };

export default async function PlaybackPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("formateur");
  const { id } = await params;
  const session = await getTrainerSession(viewer, id);
  if (!session) notFound();
  return (
    <SessionPlayback
      sessionId={session.id}
      label={session.label}
      modules={session.modules.map((m) => ({
        id: m.id,
        title: m.title,
        summary: m.summary,
        language: m.content.language,
        media: toMedia(m.content.mediaKind, m.content.mediaPath, m.content.captionsPath, m.content.slides),
      }))}
    />
  );
}
