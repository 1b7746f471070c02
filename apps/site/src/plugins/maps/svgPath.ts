// A d3-geo path context that writes compact SVG path data: coordinates rounded to tenths,
// relative moves after the first point of a ring, points that round to the one before
// dropped, and rings that round away to less than a triangle left out.
import type { GeoContext } from "d3-geo";

const format = (tenths: number): string => {
  const text = String(tenths / 10);
  return text.replace(/^(-?)0\./, "$1.");
};

/** Joins numbers as SVG allows: a minus sign, or a dot after a number that has one, needs no space. */
function joinNumbers(values: readonly number[]): string {
  let out = "";
  let previous: string | undefined;
  for (const value of values) {
    const text = format(value);
    const needsSpace = previous !== undefined && !text.startsWith("-") && !(text.startsWith(".") && previous.includes("."));
    out += needsSpace ? ` ${text}` : text;
    previous = text;
  }
  return out;
}

export class SvgPathWriter implements GeoContext {
  private out = "";
  private ring: [number, number][] = [];

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) return;
    this.ring.push(point);
  }

  closePath(): void {
    this.flush();
  }

  /** d3 draws points as arcs; areas have none, so there is nothing to write. */
  arc(): void {}

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (ring.length < 3 || !first) return;
    const deltas: number[] = [];
    for (let i = 1; i < ring.length; i++) deltas.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
    this.out += `M${joinNumbers(first)}l${joinNumbers(deltas)}z`;
  }

  /** The path data written so far; starts over for the next shape. */
  take(): string {
    this.flush();
    const result = this.out;
    this.out = "";
    return result;
  }
}
