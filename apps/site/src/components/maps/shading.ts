import { formatNumber } from "../../lib/format";

// How a map shades its areas: five steps from "no practices" to "the most", and the
// colours, chosen for WCAG 2.1 AA non-text contrast (the test checks the ratios): the
// border and the focus ring stand out 3:1 against every fill, and the darkest fill against
// the lightest.

export const mapColours = {
  /** Lightest for none, darkest for the most. */
  steps: ["#f4f6f8", "#d2e3f0", "#a9cbe4", "#7aafd6", "#4a8fc4"],
  border: "#1f2933",
  focus: "#000000",
} as const;

const top = mapColours.steps.length - 1;

/** The step of `count` when the largest count is `max`: 0 for none, then evenly up to the top. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(top, Math.max(1, Math.ceil((count / max) * top)));
}

export interface LegendStep {
  step: number;
  colour: string;
  /** "0", "1", "2–3" … */
  label: string;
}

/** The steps a map with largest count `max` uses, with the counts each one stands for. */
export function legendSteps(max: number): LegendStep[] {
  const steps: LegendStep[] = [{ step: 0, colour: mapColours.steps[0], label: "0" }];
  for (let step = 1; step <= top; step++) {
    const low = Math.floor((max * (step - 1)) / top) + 1;
    const high = Math.floor((max * step) / top);
    if (low > high) continue;
    steps.push({ step, colour: mapColours.steps[step]!, label: low === high ? String(low) : `${low}–${high}` });
  }
  return steps;
}

/** "inga exempel", "1 exempel", "1 200 exempel". */
export const countLabel = (count: number): string => (count === 0 ? "inga exempel" : `${formatNumber(count)} exempel`);
