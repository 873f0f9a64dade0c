// H6: a targeted message's body is Markdown written by an administrator. It is rendered with
// marked, then sanitized with sanitize-html on an allow-list (no raw HTML, scripts, styles,
// event handlers or javascript: links survive), whoever wrote it. E-mails carry the text,
// escaped by the e-mail renderer.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "a", "code", "pre", "hr"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto"],
  // headings of level 1 become level 2: the page's own title stays the only h1
  transformTags: {
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
};

export function markdownToHtml(markdown: string): string {
  const raw = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(raw, { ...ALLOWED, allowedAttributes: { a: ["href", "rel"] } });
}

/** The body's paragraphs as text, for the e-mail (whose renderer escapes every character). */
export function markdownToParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
