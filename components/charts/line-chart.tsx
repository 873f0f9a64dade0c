// One line per series over many points (gate checks per day), drawn on the server as SVG.
import { ChartFrame, frNumber, niceMax, PALETTE } from "@/components/charts/chart-frame";

export function LineChart({
  id,
  title,
  description,
  categories,
  series,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}) {
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
  return (
    <ChartFrame id={id} title={title} description={description} width={width} height={height} legend={series.map((s) => s.name)}>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line x1={left} x2={width - 12} y1={y(f * max)} y2={y(f * max)} stroke="#cbd5e1" strokeWidth={1} />
          <text x={left - 6} y={y(f * max) + 4} textAnchor="end" fontSize={11} fill="#334155">
            {frNumber(f * max)}
          </text>
        </g>
      ))}
      {series.map((s, k) => (
        <polyline
          key={s.name}
          fill="none"
          stroke={PALETTE[k % PALETTE.length]}
          strokeWidth={1.5}
          strokeDasharray={k % 2 === 1 ? "5 3" : undefined}
          points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
        />
      ))}
      {tickAt.map((i, k) => (
        <text
          key={i}
          x={x(i)}
          y={height - bottom + 18}
          textAnchor={k === 0 && ticks > 1 ? "start" : k === ticks - 1 && ticks > 1 ? "end" : "middle"}
          fontSize={11}
          fill="#334155"
        >
          {categories[i]}
        </text>
      ))}
      <line x1={left} x2={width - 12} y1={y(0)} y2={y(0)} stroke="#0b2545" strokeWidth={1} />
    </ChartFrame>
  );
}
