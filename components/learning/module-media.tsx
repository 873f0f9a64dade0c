"use client";
// D3: the module's media, keyboard-usable: a captioned video (native controls), or slides
// browsed with the buttons or the arrow keys. `onSeen` fires at the end of the media.
import { useEffect, useRef, useState } from "react";
import type { ModuleMedia } from "@/lib/learning/media";

export function ModuleMediaView({ media, title, onSeen }: { media: ModuleMedia; title: string; onSeen: () => void }) {
  return media.kind === "VIDEO" ? (
    <VideoPlayer media={media} title={title} onSeen={onSeen} />
  ) : (
    <SlideViewer slides={media.slides} onSeen={onSeen} />
  );
}

function VideoPlayer({ media, title, onSeen }: { media: Extract<ModuleMedia, { kind: "VIDEO" }>; title: string; onSeen: () => void }) {
  return (
    <video
      controls
      playsInline
      preload="metadata"
      poster={media.poster ?? undefined}
      onEnded={onSeen}
      aria-label={`Vidéo\u202f: ${title}`}
      className="aspect-video w-full rounded-lg bg-black"
    >
      {media.sources.map((s) => (
        <source key={s.src} src={s.src} type={s.type} />
      ))}
      {media.captions ? <track kind="captions" src={media.captions} srcLang="fr" label="Français" default /> : null}
      Ton navigateur ne lit pas cette vidéo.
    </video>
  );
}

function SlideViewer({ slides, onSeen }: { slides: { image: string; alt: string; text: string }[]; onSeen: () => void }) {
  const [index, setIndex] = useState(0);
  const seen = useRef(false);
  const region = useRef<HTMLDivElement>(null);
  const last = slides.length - 1;

  useEffect(() => {
    if (index === last && !seen.current) {
      seen.current = true;
      onSeen();
    }
  }, [index, last, onSeen]);

  const slide = slides[index];
  return (
    <div
      ref={region}
      role="region"
      aria-roledescription="diaporama"
      aria-label={`Diapositive ${index + 1} sur ${slides.length}`}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") setIndex((i) => Math.min(last, i + 1));
        if (e.key === "ArrowLeft") setIndex((i) => Math.max(0, i - 1));
      }}
      className="rounded-lg bg-white p-3 shadow-sm"
    >
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={slide.image} alt={slide.alt} className="aspect-video w-full rounded object-contain" />
      <p className="mt-3 min-h-12 text-lg" aria-live="polite">
        {slide.text}
      </p>
      <div className="mt-3 flex items-center justify-between gap-3">
        <button
          type="button"
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
          disabled={index === 0}
          className="min-h-11 rounded-md border-2 border-navy px-4 font-bold disabled:opacity-40"
        >
          ← Précédente
        </button>
        <span className="text-sm" aria-hidden="true">
          {index + 1} / {slides.length}
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => Math.min(last, i + 1))}
          disabled={index === last}
          className="min-h-11 rounded-md bg-navy px-4 font-bold text-white disabled:opacity-40"
        >
          Suivante →
        </button>
      </div>
    </div>
  );
}
