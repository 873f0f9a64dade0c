// The media of a module as stored in Module.slides (JSON): slides, or the video's sources.
export type Slide = { image: string; alt: string; text: string };
export type VideoSource = { src: string; type: string };

export type ModuleMedia =
  { kind: "VIDEO"; sources: VideoSource[]; captions: string | null; poster: string | null } | { kind: "SLIDES"; slides: Slide[] };

export function toMedia(kind: "VIDEO" | "SLIDES", mediaPath: string, captionsPath: string | null, stored: unknown): ModuleMedia {
  if (kind === "SLIDES") {
    const slides = Array.isArray(stored) ? (stored as Slide[]) : [{ image: mediaPath, alt: "", text: "" }];
    return { kind, slides };
  }
  const sources = (stored as { sources?: VideoSource[] } | null)?.sources;
  // the demo videos have a poster beside them; an uploaded one (/medias/<key>) has none
  const poster = mediaPath.startsWith("/media/") ? mediaPath.replace(/[^/]+$/, "poster.jpg") : null;
  return {
    kind,
    sources: sources?.length ? sources : [{ src: mediaPath, type: mediaPath.endsWith(".mp4") ? "video/mp4" : "video/webm" }],
    captions: captionsPath,
    poster,
  };
}
