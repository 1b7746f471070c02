// Which words a result marks in its hits: exactly those that matched a shown hit, through
// stems, synonyms, corrections and compound parts – not every word of every synonym.
import type { Evidence } from "./evidence.js";
import type { Concept } from "./query.js";
import type { Ranked } from "./ranking.js";
import type { TermLookup } from "./term-lookup.js";

export function highlightWords(
  concepts: readonly Concept[],
  evidence: readonly Evidence[],
  lookup: TermLookup,
  shown: readonly Pick<Ranked, "n">[],
): Set<string> {
  const words = new Set<string>();
  concepts.forEach((concept, c) => {
    if (evidence[c]!.size === 0) return;
    const typed = concept.alternatives[0]!.terms;
    concept.alternatives.forEach((alternative, i) => {
      // A synonym that holds the typed word (`ensamkommande barn` for `ensamkommande`) adds
      // no practice the word does not find: its other words matched nothing of the query.
      if (i > 0 && typed.every((term) => alternative.terms.includes(term))) return;
      if (!alternative.terms.every((term) => lookup.atLeast(term) > 0)) return;
      const found = lookup.alternative(alternative);
      if (shown.some(({ n }) => found.has(n))) for (const word of alternative.words) words.add(word);
    });
  });
  return words;
}
