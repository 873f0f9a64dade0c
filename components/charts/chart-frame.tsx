// What the statistics' SVG charts share: the palette (distinct in colour and in grey when
// printed), a round maximum for the axis, French numbers, the legend, and the text alternative.
import type { ReactNode } from "react";

export const PALETTE = ["#0b2545", "#f28c28", "#2a9d8f", "#9b2226", "#6c757d", "#7b2cbf", "#3a86ff"];

export const frNumber = (n: number) => n.toLocaleString("fr-FR", { maximumFractionDigits: 1 });

/** The axis' top: a multiple of 4 up to 40 (whole ticks at each quarter for small counts),
 * then 1, 2, 2.5 or 5 times a power of ten; at least the value. */
export function niceMax(value: number): number {
  if (value <= 40) return Math.max(4, Math.ceil(value / 4) * 4);
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= value)!;
}

export const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The SVG with its title and description (the chart's text alternative), then the legend. */
export function ChartFrame({
  id,
  title,
  description,
  width,
  height,
  legend,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  legend: string[];
  children: ReactNode;
}) {
  return (
    <figure className="grid min-w-0 gap-2">
      {/* on a phone the chart keeps a readable size and scrolls sideways */}
      <div className="chart-scroll overflow-x-auto" tabIndex={0} role="group" aria-label={`Graphique : ${title}`}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-titre ${id}-desc`}
          className="chart h-auto w-full min-w-[540px]"
          fontFamily="DejaVu Sans, Liberation Sans, Arial, sans-serif"
        >
          <title id={`${id}-titre`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      {legend.length > 1 ? (
        <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {legend.map((name, i) => (
            <li key={name} className="flex items-center gap-1">
              <span className="chart-swatch inline-block h-3 w-3 rounded-sm" style={{ background: PALETTE[i % PALETTE.length] }} />
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
