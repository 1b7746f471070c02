import { distance } from "fastest-levenshtein";
import { fold } from "./text.js";

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo.
 * Case and Swedish diacritics are ignored, so `Strangnas` suggests `strangnas`.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, fold(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  return bestDistance <= tolerance ? best : undefined;
}
