"use client";
// E5: projector playback. The modules are laid out as one sequence of screens (a title
// screen per module, then its video or each of its slides, then the end screen) driven by
// the keyboard or a presentation remote: → / Page suivante / Espace = next, ← / Page
// précédente = previous, Début / Fin, F = full screen. "Imprimer les questionnaires" stays
// in the top bar.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import type { ModuleMedia, Slide } from "@/lib/learning/media";
import { LANGUAGES, type Language } from "@/lib/content/languages";
import { recordPlaybackAction, startPlaybackAction } from "@/lib/sessions/actions";

type PlaybackModule = { id: string; title: string; summary: string; media: ModuleMedia; language?: Language };
type Frame =
  | { kind: "title"; module: number }
  | { kind: "video"; module: number }
  | { kind: "slide"; module: number; slide: Slide; index: number; count: number }
  | { kind: "end" };

export function SessionPlayback({
  sessionId,
  label,
  modules,
  preview,
}: {
  sessionId: string;
  label: string;
  modules: PlaybackModule[];
  /** issue 12: the studio's preview of a version as the projector shows it; nothing is recorded */
  preview?: { exitHref: string };
}) {
  const frames = useMemo<Frame[]>(() => {
    const out: Frame[] = [];
    modules.forEach((m, module) => {
      out.push({ kind: "title", module });
      if (m.media.kind === "VIDEO") out.push({ kind: "video", module });
      else m.media.slides.forEach((slide, index, all) => out.push({ kind: "slide", module, slide, index, count: all.length }));
    });
    out.push({ kind: "end" });
    return out;
  }, [modules]);
  const [at, setAt] = useState(0);
  const [fullScreen, setFullScreen] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const frame = frames[at];

  useEffect(() => {
    if (!preview) void startPlaybackAction({ sessionId });
  }, [sessionId, preview]);

  // the server records each module shown and the end screen: passports can be decided only
  // once the whole sensibilisation was shown (issue 17)
  const recorded = useRef(new Set<string>());
  const [skipped, setSkipped] = useState(false);
  useEffect(() => {
    const step = frame.kind === "end" ? "end" : modules[frame.module].id;
    if (preview || recorded.current.has(step)) return;
    recorded.current.add(step);
    void recordPlaybackAction(step === "end" ? { sessionId, end: true } : { sessionId, moduleId: step }).then((res) => {
      // sent again when shown again: after a failure, or an end reached with modules skipped
      if (!res.ok || (step === "end" && !res.data.completed)) recorded.current.delete(step);
      if (res.ok && step === "end") setSkipped(!res.data.completed);
    });
  }, [frame, modules, sessionId, preview]);

  const go = useCallback((to: number) => setAt(Math.max(0, Math.min(frames.length - 1, to))), [frames.length]);
  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => {});
  }, []);

  useEffect(() => {
    const onChange = () => setFullScreen(Boolean(document.fullscreenElement));
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onButton = e.target instanceof HTMLElement && e.target.closest("button, a");
      switch (e.key) {
        case "ArrowRight":
        case "PageDown":
          e.preventDefault();
          go(at + 1);
          break;
        case " ":
          if (onButton) return; // Espace presses the focused button
          e.preventDefault();
          if (frame.kind === "video" && video.current) {
            if (video.current.paused) void video.current.play().catch(() => {});
            else video.current.pause();
          } else go(at + 1);
          break;
        case "ArrowLeft":
        case "PageUp":
          e.preventDefault();
          go(at - 1);
          break;
        case "Home":
          e.preventDefault();
          go(0);
          break;
        case "End":
          e.preventDefault();
          go(frames.length - 1);
          break;
        case "f":
        case "F":
          e.preventDefault();
          toggleFullScreen();
          break;
      }
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [at, frame, frames.length, go, toggleFullScreen]);

  const current = frame.kind === "end" ? null : modules[frame.module];
  const position =
    frame.kind === "end" ? "Fin de la sensibilisation" : `Module ${frame.module + 1} sur ${modules.length} — ${current!.title}`;

  return (
    <div ref={stage} className="fixed inset-0 z-50 flex flex-col bg-slate-950 text-white">
      <header className="flex flex-wrap items-center gap-3 border-b border-white/20 px-4 py-2">
        <p className="min-w-0 flex-1 truncate text-sm">
          <span className="font-bold">{label}</span> · <span aria-live="polite">{position}</span>
        </p>
        {preview ? null : (
          <a
            href={`/api/sessions/${sessionId}/questionnaires`}
            download
            className="min-h-11 content-center rounded-md bg-safety px-3 text-sm font-bold text-navy"
          >
            Imprimer les questionnaires
          </a>
        )}
        <button type="button" onClick={toggleFullScreen} className="min-h-11 rounded-md border border-white/60 px-3 text-sm font-bold">
          {fullScreen ? "Quitter le plein écran" : "Plein écran (F)"}
        </button>
        <Link
          href={preview ? preview.exitHref : `/formateur/sessions/${sessionId}`}
          className="min-h-11 content-center rounded-md border border-white/60 px-3 text-sm font-bold"
        >
          {preview ? "Quitter l'aperçu" : "Quitter la diffusion"}
        </Link>
      </header>

      <section className="flex min-h-0 flex-1 items-center justify-center p-4" aria-label="Diffusion" aria-roledescription="diaporama">
        {frame.kind === "title" ? (
          <div className="max-w-4xl text-center">
            <p className="text-2xl font-bold uppercase tracking-widest text-safety">
              Module {frame.module + 1} / {modules.length}
            </p>
            <h1 className="mt-4 text-5xl font-black leading-tight md:text-7xl">{current!.title}</h1>
            {current!.summary ? <p className="mt-6 text-2xl text-slate-200 md:text-3xl">{current!.summary}</p> : null}
          </div>
        ) : frame.kind === "video" && current!.media.kind === "VIDEO" ? (
          <video
            key={current!.id}
            ref={video}
            controls
            playsInline
            preload="auto"
            poster={current!.media.poster ?? undefined}
            aria-label={`Vidéo\u202f: ${current!.title}`}
            // issue 15: the video fills the projected screen, whatever its own resolution
            className="h-full w-full bg-black object-contain"
          >
            {current!.media.sources.map((s) => (
              <source key={s.src} src={s.src} type={s.type} />
            ))}
            {current!.media.captions ? (
              <track
                kind="captions"
                src={current!.media.captions}
                srcLang={current!.language ?? "fr"}
                label={LANGUAGES[current!.language ?? "fr"]}
                default
              />
            ) : null}
          </video>
        ) : frame.kind === "slide" ? (
          <figure className="flex h-full w-full max-w-6xl flex-col items-center justify-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={frame.slide.image} alt={frame.slide.alt} className="min-h-0 max-w-full flex-1 object-contain" />
            <figcaption className="text-center text-2xl md:text-4xl">{frame.slide.text}</figcaption>
            <p className="text-sm text-slate-300">
              Diapositive {frame.index + 1} / {frame.count}
            </p>
          </figure>
        ) : (
          <div className="max-w-3xl text-center">
            <h1 className="text-5xl font-black">Fin de la sensibilisation</h1>
            {preview ? <p className="mt-6 text-2xl text-slate-200">Fin de l&apos;aperçu&#8239;: rien n&apos;a été enregistré.</p> : null}
            {skipped ? (
              <p role="alert" className="mt-6 rounded-md bg-safety p-4 text-xl font-bold text-navy">
                Certains modules n&apos;ont pas été diffusés&#8239;: reviens-y (← Précédent) avant de valider les passeports.
              </p>
            ) : null}
            <p hidden={Boolean(preview)} className="mt-6 text-2xl text-slate-200">
              Distribue les questionnaires d&apos;évaluation des connaissances. Une fois corrigés, valide les passeports des participants.
            </p>
            <div hidden={Boolean(preview)} className="mt-8 flex flex-wrap justify-center gap-3">
              <Link
                href={`/formateur/validation?q=${encodeURIComponent(label)}`}
                className="min-h-11 content-center rounded-md bg-safety px-4 font-bold text-navy"
              >
                Valider les passeports
              </Link>
            </div>
          </div>
        )}
      </section>

      <footer className="flex items-center justify-between gap-3 border-t border-white/20 px-4 py-2">
        <button
          type="button"
          onClick={() => go(at - 1)}
          disabled={at === 0}
          className="min-h-11 rounded-md border border-white/60 px-4 font-bold disabled:opacity-30"
        >
          ← Précédent
        </button>
        <p className="hidden text-center text-xs text-slate-300 md:block">
          Clavier ou télécommande&#8239;: → / ← ou Page suivante / précédente · Espace&#8239;: lecture / suite · F&#8239;: plein écran
        </p>
        <div className="h-1.5 w-32 overflow-hidden rounded bg-white/20 md:hidden" aria-hidden="true">
          <div className="h-full bg-safety" style={{ width: `${((at + 1) / frames.length) * 100}%` }} />
        </div>
        <button
          type="button"
          onClick={() => go(at + 1)}
          disabled={at === frames.length - 1}
          className="min-h-11 rounded-md bg-safety px-4 font-bold text-navy disabled:opacity-30"
        >
          Suivant →
        </button>
      </footer>
    </div>
  );
}
