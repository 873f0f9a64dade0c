// Issue 18, items 1 and 3: the two installable web apps of the learner space. "Mon passeport"
// opens the passport card; "Contrôle" opens the check screen. Both live under /espace/, the
// scope of the service worker (lib/offline/sw.ts); their ids differ, so a controller may install
// both on one phone.
import type { MetadataRoute } from "next";

export const THEME_COLOR = "#0b2545";

const icons: MetadataRoute.Manifest["icons"] = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
];

const common = {
  lang: "fr",
  dir: "ltr",
  display: "standalone",
  orientation: "portrait",
  background_color: "#f1f5f9",
  theme_color: THEME_COLOR,
  scope: "/espace/",
  icons,
} satisfies MetadataRoute.Manifest;

export const MANIFESTS = {
  espace: {
    ...common,
    id: "/espace/passeports",
    name: "Passeport Sécurité — Mon passeport",
    short_name: "Mon passeport",
    description: "Ton passeport sécurité sur ton téléphone, même sans réseau, à présenter à l'entrée des carrières.",
    start_url: "/espace/passeports",
  },
  controle: {
    ...common,
    id: "/espace/controle",
    name: "Passeport Sécurité — Contrôle",
    short_name: "Contrôle",
    description: "Contrôler les passeports sécurité à l'entrée des carrières, même sans réseau.",
    start_url: "/espace/controle",
  },
} satisfies Record<string, MetadataRoute.Manifest>;

export function manifestResponse(name: keyof typeof MANIFESTS) {
  return new Response(JSON.stringify(MANIFESTS[name]), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
