import { formatNumber } from "../lib/format";

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  title: string;
  bars: readonly Bar[];
  unit?: string;
  /** Shown under the chart; the same numbers also appear as text in the chart. */
  caption?: string;
}

const BAR_HEIGHT = 26;
const GAP = 8;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 560;

/** A horizontal bar chart in plain SVG, with the title as its accessible name and every value written out. */
export default function BarChart({ title, bars, unit = "", caption }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 70;
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const description = bars.map((bar) => `${bar.label}: ${formatNumber(bar.value)}${unit ? ` ${unit}` : ""}`).join(", ");
  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-label={`${title}. ${description}`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, i) => {
          const y = GAP + i * (BAR_HEIGHT + GAP);
          const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace);
          return (
            <g key={bar.label} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="bar-chart__label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="bar-chart__bar" rx="2" />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="bar-chart__value">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption ?? `${title}${unit ? ` (${unit})` : ""}`}</figcaption>
    </figure>
  );
}
