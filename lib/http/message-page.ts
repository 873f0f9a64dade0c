// A short French HTML page for a route handler that a browser opens directly (a form sent to
// a PDF route, say) and that has nothing to serve: what happened and the way back, in the
// site's colours, instead of a raw text answer (issue 15).
import { escapeHtml } from "@/lib/html";
import { frenchSpaces } from "@/lib/typography";

export function messagePage({
  title,
  message,
  status,
  back = "/mon-espace",
}: {
  title: string;
  message: string;
  status: number;
  back?: string;
}) {
  const t = (s: string) => escapeHtml(frenchSpaces(s));
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(title)} — Passeport Sécurité UNPG</title>
<style>body{margin:0;font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;background:#f4f6f9;color:#0b2545}header{background:#0b2545;color:#fff;padding:16px;font-weight:900;letter-spacing:.1em}header span{color:#f28c28}main{max-width:40rem;margin:40px auto;padding:0 16px}section{background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 2px rgb(0 0 0/.05)}h1{font-size:1.5rem;margin:0 0 12px}a{display:inline-block;margin-top:16px;background:#f28c28;color:#0b2545;font-weight:700;padding:12px 16px;border-radius:6px;text-decoration:none}a:focus-visible{outline:3px solid #0b2545;outline-offset:2px}</style></head>
<body><header>PASSEPORT <span>SÉCURITÉ</span></header><main id="contenu"><section><h1>${t(title)}</h1><p>${t(message)}</p><a href="${escapeHtml(back)}">Retour</a></section></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
