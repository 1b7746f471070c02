// Loads the Swedish word list of `dictionary-sv` (Hunspell, LGPL) once, in Node only.
// Only the index builder needs it: the browser receives the split parts inside the index.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fold, termOf } from "../search/swedish.js";
import type { Lexicon } from "./split.js";

let cached: Lexicon | undefined;

/** A file of the `dictionary-sv` package (`index.dic`, `index.aff`), as text. */
export function dictionaryFile(name: "index.dic" | "index.aff"): string {
  // `require.resolve` by name, as knip reads it: the package is a dependency though never imported.
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve("dictionary-sv")), name), "utf8");
}

export function swedishLexicon(): Lexicon {
  if (cached) return cached;
  const text = dictionaryFile("index.dic");
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const line of text.split("\n").slice(1)) {
    const word = line.split("/")[0]!.trim();
    // Proper nouns and abbreviations make poor compound parts.
    if (word.length < 3 || !/^\p{Ll}+$/u.test(word)) continue;
    const folded = fold(word);
    words.add(folded);
    stems.add(termOf(folded));
  }
  cached = {
    has: (part) => words.has(part),
    hasInflected: (part) => part.length >= 5 && termOf(part).length >= 4 && stems.has(termOf(part)),
  };
  return cached;
}
