// Ids made from names and titles. What an id may look like is the schema's rule
// (content-schema/ids); here is how one is made, the same way for `kb new`, the
// contribution form, lists turned into collections and the benchmark's generator.
import { MAX_ID_LENGTH, slugify } from "@kunskapsbanken/content-schema/ids";

export { ID_PATTERN, isId, MAX_ID_LENGTH, slugify } from "@kunskapsbanken/content-schema/ids";

/**
 * An id from a title: its words as a slug, after `prefix` when one is given, whole words only
 * up to {@link MAX_ID_LENGTH}. A title that already starts with the prefix does not repeat it.
 * An empty result means the title has no letters or digits to make an id from.
 */
export function idFromTitle(title: string, prefix = ""): string {
  const words = slugify(title).split("-").filter(Boolean);
  const start = slugify(prefix);
  // Stryker disable next-line ArrayDeclaration: equivalent, a made-up prefix word matches no slug word, so nothing is spliced either way
  const prefixWords = start ? start.split("-") : [];
  // With no prefix, every() holds and nothing is spliced.
  if (prefixWords.every((word, i) => words[i] === word)) words.splice(0, prefixWords.length);
  let id = start;
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    id = next;
  }
  // One word longer than the limit on its own: cut it rather than give no id at all.
  return id || (words[0] ?? "").slice(0, MAX_ID_LENGTH);
}

/**
 * The id of a new practice: its place first, then the title, e.g. `strangnas` +
 * `Språkvän på gymnasiet` → `strangnas-sprakvan-pa-gymnasiet`.
 */
export const practiceId = (title: string, place: string) => idFromTitle(title, place);
