"use client";
// D3: the module's media, keyboard-usable: a captioned video (native controls), or slides
// browsed with the buttons or the arrow keys. `onSeen` fires at the end of the media.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ModuleMedia } from "@/lib/learning/media";
import { LANGUAGES, asLanguage } from "@/lib/content/languages";

/** Issue 12: where to start: a time in the video (resume, or the place that answers a question) or a slide (from 1). */
export type MediaStart = { seconds: number } | { slide: number } | null;

export function ModuleMediaView({
  media,
  title,
  onSeen,
  start = null,
  language = "fr",
  transcript = "",
  onPosition,
}: {
  media: ModuleMedia;
  title: string;
  onSeen: () => void;
  start?: MediaStart;
  language?: string;
  transcript?: string;
  onPosition?: (seconds: number) => void;
}) {
  return media.kind === "VIDEO" ? (
    <VideoPlayer
      media={media}
      title={title}
      onSeen={onSeen}
      startAt={start && "seconds" in start ? start.seconds : 0}
      language={language}
      transcript={transcript}
      onPosition={onPosition}
    />
  ) : (
    <SlideViewer
      key={start && "slide" in start ? start.slide : 0}
      slides={media.slides}
      onSeen={onSeen}
      first={start && "slide" in start ? start.slide - 1 : 0}
    />
  );
}

function VideoPlayer({
  media,
  title,
  onSeen,
  startAt,
  language,
  transcript,
  onPosition,
}: {
  media: Extract<ModuleMedia, { kind: "VIDEO" }>;
  title: string;
  onSeen: () => void;
  startAt: number;
  language: string;
  transcript: string;
  onPosition?: (seconds: number) => void;
}) {
  const t = useTranslations("media");
  const video = useRef<HTMLVideoElement>(null);
  const saved = useRef(0);
  // a new start (another question's "Revoir ce passage") moves the playing video too
  useEffect(() => {
    const v = video.current;
    if (v && v.readyState >= 1 && startAt > 0) v.currentTime = startAt;
  }, [startAt]);
  const lang = asLanguage(language);
  return (
    <div className="grid gap-2">
      <video
        ref={video}
        controls
        playsInline
        preload="metadata"
        poster={media.poster ?? undefined}
        onEnded={onSeen}
        onLoadedMetadata={(e) => {
          if (startAt > 0 && startAt < e.currentTarget.duration) e.currentTarget.currentTime = startAt;
        }}
        onTimeUpdate={(e) => {
          // issue 12: where the learner is, saved every 10 s of playback, to resume there
          const t = e.currentTarget.currentTime;
          if (onPosition && Math.abs(t - saved.current) >= 10) {
            saved.current = t;
            onPosition(t);
          }
        }}
        aria-label={t("video", { title })}
        className="aspect-video w-full rounded-lg bg-black"
      >
        {media.sources.map((s) => (
          <source key={s.src} src={s.src} type={s.type} />
        ))}
        {media.captions ? <track kind="captions" src={media.captions} srcLang={lang} label={LANGUAGES[lang]} default /> : null}
        {t("noVideo")}
      </video>
      {transcript ? (
        <details className="rounded-lg bg-white p-3 shadow-sm">
          <summary className="cursor-pointer font-semibold">{t("transcript")}</summary>
          <div lang={lang} className="mt-2 grid gap-2 text-sm">
            {transcript.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}

function SlideViewer({
  slides,
  onSeen,
  first = 0,
}: {
  slides: { image: string; alt: string; text: string }[];
  onSeen: () => void;
  first?: number;
}) {
  const t = useTranslations("media");
  const [index, setIndex] = useState(Math.max(0, Math.min(first, slides.length - 1)));
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
      aria-roledescription={t("slideshow")}
      aria-label={t("slideOf", { n: index + 1, total: slides.length })}
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
          ← {t("previous")}
        </button>
        <span className="whitespace-nowrap text-sm" aria-hidden="true">
          {index + 1}&#8239;/&#8239;{slides.length}
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => Math.min(last, i + 1))}
          disabled={index === last}
          className="min-h-11 rounded-md bg-navy px-4 font-bold text-white disabled:opacity-40"
        >
          {t("next")} →
        </button>
      </div>
    </div>
  );
}
