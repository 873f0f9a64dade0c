// Bars drawn on the server as SVG: vertical (stacked or side by side) for months, horizontal
// for named rows (modules, trainers, questions). No script, so it prints as it shows.
import { ChartFrame, frNumber, niceMax, PALETTE, shorten } from "@/components/charts/chart-frame";

type Props = {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  stacked: boolean;
  horizontal: boolean;
  unit?: string;
};

export function BarChart(props: Props) {
  return props.horizontal ? <HorizontalBars {...props} /> : <VerticalBars {...props} />;
}

function VerticalBars({ id, title, description, categories, series, stacked, unit }: Props) {
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
  return (
    <ChartFrame id={id} title={title} description={description} width={width} height={height} legend={series.map((s) => s.name)}>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line x1={left} x2={width - 8} y1={y(f * max)} y2={y(f * max)} stroke="#cbd5e1" strokeWidth={1} />
          <text x={left - 6} y={y(f * max) + 4} textAnchor="end" fontSize={11} fill="#334155">
            {frNumber(f * max)}
            {unit ? ` ${unit}` : ""}
          </text>
        </g>
      ))}
      {categories.map((c, i) => {
        const x0 = left + i * band + (band - barW) / 2;
        let base = 0;
        return (
          <g key={c}>
            {series.map((s, k) => {
              const v = s.values[i];
              if (stacked) {
                const rect = (
                  <rect
                    key={s.name}
                    x={x0}
                    width={barW}
                    y={y(base + v)}
                    height={y(base) - y(base + v)}
                    fill={PALETTE[k % PALETTE.length]}
                  />
                );
                base += v;
                return rect;
              }
              const w = barW / series.length;
              return <rect key={s.name} x={x0 + k * w} width={w} y={y(v)} height={y(0) - y(v)} fill={PALETTE[k % PALETTE.length]} />;
            })}
            {i % every === 0 ? (
              // "déc. 2025": the month, and the year below it, so that twelve labels fit
              <text x={x0 + barW / 2} y={height - bottom + 16} textAnchor="middle" fontSize={11} fill="#334155">
                {c.split(" ").map((part, k) => (
                  <tspan key={k} x={x0 + barW / 2} dy={k === 0 ? 0 : 13}>
                    {part}
                  </tspan>
                ))}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={left} x2={width - 8} y1={y(0)} y2={y(0)} stroke="#0b2545" strokeWidth={1} />
    </ChartFrame>
  );
}

function HorizontalBars({ id, title, description, categories, series, unit }: Props) {
  const width = 720;
  const labelW = 250;
  const rowH = 14 * series.length + 10;
  const height = Math.max(40, categories.length * rowH + 24);
  const plotW = width - labelW - 70;
  const max = unit === "%" ? 100 : niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  return (
    <ChartFrame id={id} title={title} description={description} width={width} height={height} legend={series.map((s) => s.name)}>
      {categories.length === 0 ? (
        <text x={width / 2} y={24} textAnchor="middle" fontSize={13} fill="#334155">
          Aucune donnée sur la période.
        </text>
      ) : null}
      {categories.map((c, i) => (
        <g key={`${c}-${i}`}>
          <text x={labelW - 8} y={i * rowH + rowH / 2 + 4} textAnchor="end" fontSize={11} fill="#0b2545">
            {shorten(c, 40)}
          </text>
          {series.map((s, k) => {
            const v = s.values[i];
            const w = (v / max) * plotW;
            const yy = i * rowH + 5 + k * 14;
            return (
              <g key={s.name}>
                <rect x={labelW} y={yy} width={Math.max(w, v > 0 ? 1 : 0)} height={12} fill={PALETTE[k % PALETTE.length]} />
                <text x={labelW + w + 4} y={yy + 10} fontSize={11} fill="#334155">
                  {frNumber(v)}
                  {unit ? ` ${unit}` : ""}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      <line x1={labelW} x2={labelW} y1={0} y2={height - 20} stroke="#0b2545" strokeWidth={1} />
    </ChartFrame>
  );
}
