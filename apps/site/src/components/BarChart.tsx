import { formatNumber } from "../lib/format";

interface Bar {
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

/**
 * A horizontal bar chart in HTML and CSS, with the title as its accessible name and every
 * value written out. The text is ordinary page text, so it keeps its size on a phone
 * (an SVG scaled to the screen shrank it to ~10 px).
 */
export default function BarChart({ title, bars, unit = "", caption }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const description = bars.map((bar) => `${bar.label}: ${formatNumber(bar.value)}${unit ? ` ${unit}` : ""}`).join(", ");
  return (
    <figure className="bar-chart">
      <div role="img" aria-label={`${title}. ${description}`} className="bar-chart__rows">
        {bars.map((bar) => {
          const share = bar.value > 0 ? Math.max(0.005, bar.value / max) : 0;
          return (
            <div key={bar.label} className="bar-chart__row">
              <span className="bar-chart__label">{bar.label}</span>
              <span className="bar-chart__track">
                <span className="bar-chart__bar" style={{ width: `calc((100% - 4rem) * ${share.toFixed(4)})` }} />
                <span className="bar-chart__value">{formatNumber(bar.value)}</span>
              </span>
            </div>
          );
        })}
      </div>
      <figcaption>{caption ?? `${title}${unit ? ` (${unit})` : ""}`}</figcaption>
    </figure>
  );
}
