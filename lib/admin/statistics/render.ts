// Issue 11, item 8: the statistics page's sections (SVG chart, its data table) written as HTML
// strings, once per computation of a period's figures, and kept with them for five minutes
// (lib/admin/statistics/cache.ts). As React elements, a year's eight charts and tables were
// thousands of elements rendered on every request and sent twice (HTML and RSC payload): most
// of the page's time. The markup is the same as the React components it replaced: figure with
// <title>/<desc> (the chart's text alternative), a captioned table in a scrolling region that
// the keyboard reaches. Every text goes through escapeHtml.
import "server-only";
import { escapeHtml } from "@/lib/html";
import { frenchSpacesInHtml } from "@/lib/typography";
import type { CellValue, Dataset } from "@/lib/admin/statistics/datasets";

export const PALETTE = ["#0b2545", "#f28c28", "#2a9d8f", "#9b2226", "#6c757d", "#7b2cbf", "#3a86ff"];

export const frNumber = (n: number) => n.toLocaleString("fr-FR", { maximumFractionDigits: 1 });

/** The axis' top: a multiple of 4 up to 40 (whole ticks at each quarter for small counts),
 * then 1, 2, 2.5 or 5 times a power of ten; at least the value. */
export function niceMax(value: number): number {
  if (value <= 40) return Math.max(4, Math.ceil(value / 4) * 4);
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const e = escapeHtml;
/** coordinates with one decimal at most: the SVG stays short */
const n = (v: number) => String(Math.round(v * 10) / 10);

type Series = { name: string; values: number[] };

/** The SVG with its title and description (the chart's text alternative), then the legend. */
function chartFrame(id: string, title: string, description: string, width: number, height: number, series: Series[], body: string) {
  const legend = series.map((s) => s.name);
  const swatches =
    legend.length > 1
      ? `<ul aria-hidden="true" class="flex flex-wrap gap-x-4 gap-y-1 text-xs">${legend
          .map(
            (name, i) =>
              `<li class="flex items-center gap-1"><span class="chart-swatch inline-block h-3 w-3 rounded-sm" style="background:${PALETTE[i % PALETTE.length]}"></span>${e(name)}</li>`,
          )
          .join("")}</ul>`
      : "";
  // on a phone the chart keeps a readable size and scrolls sideways
  return `<figure class="grid min-w-0 gap-2"><div class="chart-scroll overflow-x-auto" tabindex="0" role="group" aria-label="${e(`Graphique : ${title}`)}"><svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-titre ${id}-desc" class="chart h-auto w-full min-w-[540px]" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"><title id="${id}-titre">${e(title)}</title><desc id="${id}-desc">${e(description)}</desc>${body}</svg></div>${swatches}</figure>`;
}

const gridLines = (left: number, right: number, y: (v: number) => number, max: number, unit?: string) =>
  [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<line x1="${left}" x2="${right}" y1="${n(y(f * max))}" y2="${n(y(f * max))}" stroke="#cbd5e1" stroke-width="1"/><text x="${left - 6}" y="${n(y(f * max) + 4)}" text-anchor="end" font-size="11" fill="#334155">${frNumber(f * max)}${unit ? ` ${e(unit)}` : ""}</text>`,
    )
    .join("");

/** Bars for months, stacked or side by side. */
export function verticalBars(
  id: string,
  title: string,
  description: string,
  categories: string[],
  series: Series[],
  stacked: boolean,
  unit?: string,
) {
  const width = 720;
  const height = 300;
  const left = 56;
  const bottom = 50;
  const plotH = height - bottom - 12;
  const plotW = width - left - 8;
  const totals = categories.map((_, i) =>
    stacked ? series.reduce((a, s) => a + s.values[i], 0) : Math.max(0, ...series.map((s) => s.values[i])),
  );
  const max = niceMax(Math.max(0, ...totals));
  const band = plotW / Math.max(categories.length, 1);
  const barW = Math.max(2, band * 0.7);
  const y = (v: number) => 12 + plotH - (v / max) * plotH;
  const every = Math.ceil(categories.length / 12);
  let body = gridLines(left, width - 8, y, max, unit);
  categories.forEach((c, i) => {
    const x0 = left + i * band + (band - barW) / 2;
    let base = 0;
    series.forEach((s, k) => {
      const v = s.values[i];
      const fill = PALETTE[k % PALETTE.length];
      if (stacked) {
        body += `<rect x="${n(x0)}" width="${n(barW)}" y="${n(y(base + v))}" height="${n(y(base) - y(base + v))}" fill="${fill}"/>`;
        base += v;
      } else {
        const w = barW / series.length;
        body += `<rect x="${n(x0 + k * w)}" width="${n(w)}" y="${n(y(v))}" height="${n(y(0) - y(v))}" fill="${fill}"/>`;
      }
    });
    if (i % every === 0) {
      // "déc. 2025": the month, and the year below it, so that twelve labels fit
      const spans = c
        .split(" ")
        .map((part, k) => `<tspan x="${n(x0 + barW / 2)}" dy="${k === 0 ? 0 : 13}">${e(part)}</tspan>`)
        .join("");
      body += `<text x="${n(x0 + barW / 2)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="#334155">${spans}</text>`;
    }
  });
  body += `<line x1="${left}" x2="${width - 8}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="#0b2545" stroke-width="1"/>`;
  return chartFrame(id, title, description, width, height, series, body);
}

/** Bars for named rows (modules, trainers, questions). */
export function horizontalBars(id: string, title: string, description: string, categories: string[], series: Series[], unit?: string) {
  const width = 720;
  const labelW = 250;
  const rowH = 14 * series.length + 10;
  const height = Math.max(40, categories.length * rowH + 24);
  const plotW = width - labelW - 70;
  const max = unit === "%" ? 100 : niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  let body =
    categories.length === 0
      ? `<text x="${width / 2}" y="24" text-anchor="middle" font-size="13" fill="#334155">Aucune donnée sur la période.</text>`
      : "";
  categories.forEach((c, i) => {
    body += `<text x="${labelW - 8}" y="${n(i * rowH + rowH / 2 + 4)}" text-anchor="end" font-size="11" fill="#0b2545">${e(shorten(c, 40))}</text>`;
    series.forEach((s, k) => {
      const v = s.values[i];
      const w = (v / max) * plotW;
      const yy = i * rowH + 5 + k * 14;
      body += `<rect x="${labelW}" y="${yy}" width="${n(Math.max(w, v > 0 ? 1 : 0))}" height="12" fill="${PALETTE[k % PALETTE.length]}"/><text x="${n(labelW + w + 4)}" y="${yy + 10}" font-size="11" fill="#334155">${frNumber(v)}${unit ? ` ${e(unit)}` : ""}</text>`;
    });
  });
  body += `<line x1="${labelW}" x2="${labelW}" y1="0" y2="${height - 20}" stroke="#0b2545" stroke-width="1"/>`;
  return chartFrame(id, title, description, width, height, series, body);
}

/** One line per series over many points (gate checks per day or week). */
export function lineChart(id: string, title: string, description: string, categories: string[], series: Series[]) {
  const width = 720;
  const height = 280;
  const left = 56;
  const bottom = 40;
  const plotW = width - left - 12;
  const plotH = height - bottom - 12;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (i: number) => left + (categories.length <= 1 ? plotW / 2 : (i / (categories.length - 1)) * plotW);
  const y = (v: number) => 12 + plotH - (v / max) * plotH;
  const ticks = Math.min(6, categories.length);
  const tickAt = Array.from({ length: ticks }, (_, k) => Math.round((k * (categories.length - 1)) / Math.max(ticks - 1, 1)));
  let body = gridLines(left, width - 12, y, max);
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    body += `<polyline fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="1.5"${k % 2 === 1 ? ' stroke-dasharray="5 3"' : ""} points="${points}"/>`;
  });
  tickAt.forEach((i, k) => {
    const anchor = k === 0 && ticks > 1 ? "start" : k === ticks - 1 && ticks > 1 ? "end" : "middle";
    // "sem. du 01/12/2025" on two lines (before its date, and the date): six long labels side by side ran into each other
    const label = categories[i];
    const cut = label.lastIndexOf(" ");
    const lines = cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
    const spans = lines.map((part, j) => `<tspan x="${n(x(i))}" dy="${j === 0 ? 0 : 13}">${e(part)}</tspan>`).join("");
    body += `<text x="${n(x(i))}" y="${height - bottom + 16}" text-anchor="${anchor}" font-size="11" fill="#334155">${spans}</text>`;
  });
  body += `<line x1="${left}" x2="${width - 12}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="#0b2545" stroke-width="1"/>`;
  return chartFrame(id, title, description, width, height, series, body);
}

const cell = (v: CellValue) => (typeof v === "number" ? v.toLocaleString("fr-FR", { maximumFractionDigits: 1 }) : v);

/** The data table of a statistic: a captioned table in a frame that scrolls (reachable with the keyboard), printed whole. */
export function statisticsTable(title: string, headers: string[], rows: CellValue[][], note?: string) {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const body =
    rows.length === 0
      ? `<tr><td colspan="${headers.length}" class="t">Aucune donnée sur la période.</td></tr>`
      : rows
          .map(
            (r) =>
              `<tr${r[0] === "Total" ? ' class="font-bold"' : ""}>${r
                .map((v, k) =>
                  k === 0
                    ? `<th scope="row">${e(String(v))}</th>`
                    : `<td${typeof v === "number" ? "" : ' class="t"'}>${e(String(cell(v)))}</td>`,
                )
                .join("")}</tr>`,
          )
          .join("");
  return `<div role="region" aria-label="${e(`Tableau : ${title}`)}" tabindex="0" class="stats-table max-h-96 min-w-0 overflow-auto rounded border border-slate-200"><table class="w-full text-left text-sm [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_td.t]:text-left [&_th]:px-2 [&_th]:py-1"><caption class="sr-only">${e(note ? `${title} (${note})` : title)}</caption><thead class="sticky top-0 bg-navy text-white"><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note ? `<p class="px-2 py-1 text-xs text-slate-600">${e(note)}</p>` : ""}</div>`;
}

/** Rows shown on the page: up to 92 days, or a longer period's weeks, fit; the trainers beyond the first 20 (hundreds
 * nationally) are in the CSV, which always holds every row. */
const PAGE_ROWS = 400;
export const pageRows = (d: Dataset) => (d.key === "formateurs" ? 20 : PAGE_ROWS);

/** A dataset's section of the page: title, CSV link, summary, chart and table. */
export function datasetSectionHtml(dataset: Dataset, csvHref: string) {
  const id = `stat-${dataset.key}`;
  const description = `${dataset.summary} Les valeurs sont dans le tableau « ${dataset.title} ».`;
  const narrow = dataset.headers.length <= 3;
  const chart =
    dataset.chart.kind === "lines"
      ? lineChart(`${id}-g`, dataset.title, description, dataset.chart.categories, dataset.chart.series)
      : dataset.chart.horizontal
        ? horizontalBars(`${id}-g`, dataset.title, description, dataset.chart.categories, dataset.chart.series, dataset.chart.unit)
        : verticalBars(
            `${id}-g`,
            dataset.title,
            description,
            dataset.chart.categories,
            dataset.chart.series,
            dataset.chart.stacked,
            dataset.chart.unit,
          );
  const shown = pageRows(dataset);
  const table = statisticsTable(
    dataset.title,
    dataset.headers,
    dataset.rows.slice(0, shown),
    dataset.rows.length > shown ? `les ${shown} premières lignes sur ${dataset.rows.length} ; toutes sont dans le CSV` : undefined,
  );
  return frenchSpacesInHtml(
    `<div class="flex flex-wrap items-baseline justify-between gap-2"><h2 id="${id}-h" class="text-lg font-black">${e(dataset.title)}</h2><a href="${e(csvHref)}" download class="stats-csv text-sm font-bold text-navy underline">Télécharger en CSV<span class="sr-only"> : ${e(dataset.title)}</span></a></div><p class="text-sm text-slate-700">${e(dataset.summary)}</p><div class="grid gap-4 ${narrow ? "lg:grid-cols-[3fr_2fr]" : ""}">${chart}${table}</div>`,
  );
}

// The sections of the datasets kept by the cache: the same objects are served for five
// minutes, so their HTML is written once (a dataset leaves with its cache entry).
const written = new WeakMap<Dataset, { csvHref: string; html: string }>();

/** datasetSectionHtml, written once per dataset object. */
export function sectionHtml(dataset: Dataset, csvHref: string) {
  const known = written.get(dataset);
  if (known?.csvHref === csvHref) return known.html;
  const html = datasetSectionHtml(dataset, csvHref);
  written.set(dataset, { csvHref, html });
  return html;
}
