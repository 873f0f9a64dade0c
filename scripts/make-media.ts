// Draws the demo modules' media from the texts of prisma/seed-content.ts:
//  - slides: one SVG per slide (title, pictogram, text), 1280×720;
//  - videos: title cards rendered by ffmpeg (WebM VP9 + MP4 H.264), a WebVTT caption track
//    carrying the message of each card, and a poster image.
// Run: npx tsx scripts/make-media.ts   (needs ffmpeg and the DejaVu fonts)
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MEDIA_SCRIPTS, seedModules, type SlideText } from "../prisma/seed-content";

const OUT = "public/media";
const NAVY = "#0b2545";
const ORANGE = "#f28c28";
const CARD_SECONDS = 6;
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function wrap(text: string, width: number) {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if ((line + " " + word).trim().length > width) {
      lines.push(line.trim());
      line = word;
    } else line += ` ${word}`;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

// A simple pictogram per slide position: warning triangle, helmet, vehicle, person, check.
const PICTOS = [
  `<polygon points="0,-110 120,100 -120,100" fill="${ORANGE}"/><rect x="-10" y="-40" width="20" height="80" rx="6" fill="${NAVY}"/><circle cy="70" r="12" fill="${NAVY}"/>`,
  `<path d="M-110,40 A110,110 0 0 1 110,40 Z" fill="${ORANGE}"/><rect x="-130" y="40" width="260" height="26" rx="10" fill="${ORANGE}"/><rect x="-12" y="-70" width="24" height="110" fill="#fff" opacity="0.5"/>`,
  `<rect x="-130" y="-40" width="170" height="90" rx="10" fill="${ORANGE}"/><rect x="40" y="-10" width="80" height="60" rx="8" fill="${ORANGE}"/><circle cx="-80" cy="70" r="30" fill="#fff"/><circle cx="70" cy="70" r="30" fill="#fff"/>`,
  `<circle cy="-80" r="36" fill="${ORANGE}"/><rect x="-45" y="-35" width="90" height="110" rx="20" fill="${ORANGE}"/><rect x="-45" y="75" width="30" height="60" fill="${ORANGE}"/><rect x="15" y="75" width="30" height="60" fill="${ORANGE}"/>`,
  `<circle r="115" fill="none" stroke="${ORANGE}" stroke-width="26"/><polyline points="-55,0 -15,45 60,-45" fill="none" stroke="#fff" stroke-width="26" stroke-linecap="round"/>`,
];

function slideSvg(moduleTitle: string, slide: SlideText, index: number, total: number) {
  const lines = wrap(slide.text, 34);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720" width="1280" height="720" role="img" aria-label="${esc(slide.title)}">
<rect width="1280" height="720" fill="${NAVY}"/>
<rect y="0" width="1280" height="14" fill="${ORANGE}"/>
<text x="64" y="84" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" fill="#c9d2de" letter-spacing="2">${esc(moduleTitle.toUpperCase())}</text>
<text x="64" y="170" font-family="DejaVu Sans, Arial, sans-serif" font-size="58" font-weight="bold" fill="#ffffff">${esc(slide.title)}</text>
<g transform="translate(1050,450)" aria-hidden="true">${PICTOS[index % PICTOS.length]}</g>
${lines.map((l, i) => `<text x="64" y="${300 + i * 62}" font-family="DejaVu Sans, Arial, sans-serif" font-size="42" fill="#ffffff">${esc(l)}</text>`).join("\n")}
<text x="64" y="670" font-family="DejaVu Sans, Arial, sans-serif" font-size="24" fill="${ORANGE}">PASSEPORT SÉCURITÉ · ${index + 1} / ${total}</text>
</svg>
`;
}

const vttTime = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;

function makeVideo(dir: string, title: string, cards: SlideText[], subtitle = "Passeport Sécurité — sensibilisation accueil sécurité") {
  const work = mkdtempSync(join(tmpdir(), "media-"));
  const all = [{ title, text: subtitle }, ...cards];
  const duration = all.length * CARD_SECONDS;
  const filters: string[] = [];
  all.forEach((card, i) => {
    const from = i * CARD_SECONDS;
    const enable = `enable='between(t,${from},${from + CARD_SECONDS - 0.01})'`;
    const titleFile = join(work, `t${i}.txt`);
    const bodyFile = join(work, `b${i}.txt`);
    writeFileSync(titleFile, card.title);
    writeFileSync(bodyFile, wrap(card.text, 38).join("\n"));
    filters.push(
      `drawtext=fontfile=${FONT_BOLD}:textfile=${titleFile}:fontcolor=${ORANGE}:fontsize=${i === 0 ? 34 : 30}:x=40:y=60:${enable}`,
    );
    filters.push(`drawtext=fontfile=${FONT}:textfile=${bodyFile}:fontcolor=white:fontsize=24:line_spacing=12:x=40:y=150:${enable}`);
  });
  filters.push(`drawbox=x=0:y=0:w=iw:h=8:color=${ORANGE}:t=fill`);
  filters.push(`drawtext=fontfile=${FONT}:text='PASSEPORT SÉCURITÉ · UNPG':fontcolor=0xc9d2de:fontsize=16:x=40:y=h-40`);
  const source = ["-f", "lavfi", "-i", `color=c=${NAVY.replace("#", "0x")}:s=640x360:r=15:d=${duration}`];
  const vf = ["-vf", filters.join(",")];
  execFileSync("ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    ...source,
    ...vf,
    "-c:v",
    "libvpx-vp9",
    "-b:v",
    "0",
    "-crf",
    "45",
    "-row-mt",
    "1",
    "-deadline",
    "good",
    "-cpu-used",
    "4",
    `${dir}/video.webm`,
  ]);
  execFileSync("ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    ...source,
    ...vf,
    "-c:v",
    "libx264",
    "-profile:v",
    "baseline",
    "-pix_fmt",
    "yuv420p",
    "-crf",
    "30",
    "-movflags",
    "+faststart",
    `${dir}/video.mp4`,
  ]);
  execFileSync("ffmpeg", [
    "-y",
    "-loglevel",
    "error",
    "-ss",
    "7",
    "-i",
    `${dir}/video.mp4`,
    "-frames:v",
    "1",
    "-q:v",
    "4",
    `${dir}/poster.jpg`,
  ]);
  const cues = all.map((c, i) => `${i + 1}\n${vttTime(i * CARD_SECONDS)} --> ${vttTime((i + 1) * CARD_SECONDS)}\n${c.title}. ${c.text}\n`);
  writeFileSync(`${dir}/captions.vtt`, `WEBVTT\n\n${cues.join("\n")}`);
  rmSync(work, { recursive: true, force: true });
  return duration;
}

for (const module of seedModules) {
  const dir = join(OUT, module.slug);
  mkdirSync(dir, { recursive: true });
  const script = MEDIA_SCRIPTS[module.slug];
  if (module.mediaKind === "SLIDES") {
    script.forEach((s, i) => writeFileSync(join(dir, `slide-${i + 1}.svg`), slideSvg(module.title, s, i, script.length)));
    console.log(`${module.slug}: ${script.length} diapositives`);
  } else {
    const seconds = makeVideo(dir, module.title, script);
    console.log(`${module.slug}: vidéo de ${seconds} s`);
  }
  // issue 12: the translations' own media, in /media/<slug>/<language>/
  for (const [language, t] of Object.entries(module.translations ?? {})) {
    const tdir = join(dir, language);
    mkdirSync(tdir, { recursive: true });
    if (module.mediaKind === "SLIDES") {
      t.script.forEach((s, i) => writeFileSync(join(tdir, `slide-${i + 1}.svg`), slideSvg(t.title, s, i, t.script.length)));
    } else {
      const seconds = makeVideo(tdir, t.title, t.script, t.subtitle);
      console.log(`${module.slug} (${language}): vidéo de ${seconds} s`);
    }
  }
}
