// Swedish labels for every vocabulary, computed at build time so the browser
// never needs the schema package (and zod) to show a municipality's name.
import type { VocabularyName, vocabularies } from "@kunskapsbanken/content-schema";

export type Labels = Record<VocabularyName, Record<string, string>>;

export function labelsFrom(vocabs: typeof vocabularies): Labels {
  return Object.fromEntries(
    Object.entries(vocabs).map(([name, terms]) => [name, Object.fromEntries(terms.map((t) => [t.id, t.label]))]),
  ) as Labels;
}
