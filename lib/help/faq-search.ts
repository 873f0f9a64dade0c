// A8: the FAQ's search, open to everyone (the FAQ is public). French full-text search first:
// `faq_document` (question and keywords weigh A, the answer B) against the prefix query of
// faq-query.ts, ranked by ts_rank, with ts_headline marking the matches by sentinels
// (highlight.ts). When it finds nothing (a misspelt word), trigram word similarity on the
// unaccented text takes over, unranked by words and without marks.
import "server-only";
import { db } from "@/lib/db";
import { faqTsQuery, faqWords } from "@/lib/help/faq-query";
import { MARK_END, MARK_START } from "@/lib/help/highlight";

export type FaqHit = { id: string; themeTitle: string; question: string; answer: string; rank: number };
export type FaqSearch = { mode: "texte" | "approche"; hits: FaqHit[] };

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const LIMIT = 20;

export async function searchFaq(raw: string): Promise<FaqSearch> {
  const tsquery = faqTsQuery(raw);
  if (!tsquery) return { mode: "texte", hits: [] };
  const hits = await db.$queryRaw<FaqHit[]>`
    WITH q AS (SELECT to_tsquery('public.fr_unaccent', ${tsquery}) AS query)
    SELECT e."id", t."title" AS "themeTitle",
      ts_headline('public.fr_unaccent', e."question", q.query, ${HEADLINE}) AS "question",
      ts_headline('public.fr_unaccent', e."answer", q.query, ${HEADLINE}) AS "answer",
      ts_rank(faq_document(e."question", e."keywords", e."answer"), q.query) AS "rank"
    FROM "FaqEntry" e JOIN "FaqTheme" t ON t."id" = e."themeId", q
    WHERE faq_document(e."question", e."keywords", e."answer") @@ q.query
    ORDER BY "rank" DESC, t."position", e."position", e."id"
    LIMIT ${LIMIT}`;
  if (hits.length) return { mode: "texte", hits };
  const text = faqWords(raw).join(" ");
  const close = await db.$queryRaw<FaqHit[]>`
    SELECT e."id", t."title" AS "themeTitle", e."question", e."answer",
      word_similarity(${text}, lower(immutable_unaccent(e."question" || ' ' || e."keywords" || ' ' || e."answer"))) AS "rank"
    FROM "FaqEntry" e JOIN "FaqTheme" t ON t."id" = e."themeId"
    WHERE ${text} <% lower(immutable_unaccent(e."question" || ' ' || e."keywords" || ' ' || e."answer"))
    ORDER BY "rank" DESC, t."position", e."position", e."id"
    LIMIT ${LIMIT}`;
  return { mode: "approche", hits: close };
}
