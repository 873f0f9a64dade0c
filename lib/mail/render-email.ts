import { escapeHtml } from "@/lib/html";
import { frenchSpaces } from "@/lib/typography";

// One plain layout for every e-mail: a text version and an HTML version with escaped content.
export type EmailContent = {
  subject: string;
  /** paragraphs of plain text */
  paragraphs: string[];
  action?: { label: string; url: string };
};

export function renderEmail(content: EmailContent) {
  // issue 15: French typography in every e-mail (links are left as they are)
  const subject = frenchSpaces(content.subject);
  const paragraphs = content.paragraphs.map(frenchSpaces);
  const action = content.action ? { label: frenchSpaces(content.action.label), url: content.action.url } : undefined;
  const text = [...paragraphs, ...(action ? [`${action.label}\u202f: ${action.url}`] : []), "—", "Passeport Sécurité UNPG"].join("\n\n");
  const html = `<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;color:#0b2545;max-width:600px;margin:auto">
<h1 style="font-size:18px;border-bottom:3px solid #f28c28;padding-bottom:8px">${escapeHtml(subject)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#f28c28;color:#0b2545;padding:10px 16px;text-decoration:none;font-weight:bold;border-radius:4px">${escapeHtml(action.label)}</a></p><p style="font-size:12px">${escapeHtml(action.url)}</p>` : ""}
<p style="font-size:12px;color:#555">Passeport Sécurité UNPG — message automatique, merci de ne pas y répondre.</p>
</body></html>`;
  return { html, text };
}
