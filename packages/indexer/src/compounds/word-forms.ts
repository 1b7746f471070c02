// Every word form of `dictionary-sv` (Hunspell, LGPL) with what it may be: a word of its
// own, the beginning, middle or end of a compound. Read once, in Node only: the site gets
// the forms in lexicon shards (`shard-format.ts`).
import { fold } from "../search/swedish.js";
import { dictionaryFile } from "./dictionary.js";
import { WordFlag, type SwedishWords } from "../search/swedish-words.js";

/** The Hunspell flags of the Swedish dictionary that matter here (its .aff file names them). */
const flag = { begin: "X", middle: "U", end: "Y", onlyInCompound: "Z", forbidden: "%", needsAffix: "¤" } as const;

interface Suffix {
  strip: string;
  add: string;
  /** Flags the affixed form gets (`s/WXZ`: the form with s begins a compound, never alone). */
  continuation: string;
  condition: RegExp;
}

let cached: ReadonlyMap<string, number> | undefined;

/** Folded form → `WordFlag`s, for every form the dictionary's suffix rules make. */
export function swedishWordForms(): ReadonlyMap<string, number> {
  if (cached) return cached;
  const suffixes = suffixRules(dictionaryFile("index.aff"));
  const forms = new Map<string, number>();
  const put = (form: string, flags: number) => {
    // Most forms are plain lower-case a–z, which folding leaves as they are.
    const folded = /^[a-z]+$/.test(form) ? form : /^\p{L}+$/u.test(form) ? fold(form) : undefined;
    if (!folded) return;
    forms.set(folded, (forms.get(folded) ?? 0) | flags);
  };
  for (const line of dictionaryFile("index.dic").split("\n").slice(1)) {
    const [word = "", flags = ""] = line.trim().split("/");
    if (!word || flags.includes(flag.forbidden)) continue;
    const ends = flags.includes(flag.end) ? WordFlag.end : 0;
    const alone = flags.includes(flag.onlyInCompound) || flags.includes(flag.needsAffix) ? 0 : WordFlag.word;
    put(word, alone | ends | roleFlags(flags));
    for (const f of flags) {
      for (const suffix of suffixes.get(f) ?? []) {
        if (!word.endsWith(suffix.strip) || !suffix.condition.test(word)) continue;
        const form = word.slice(0, word.length - suffix.strip.length) + suffix.add;
        // A form only for inside compounds (the linking s) neither stands alone nor ends one.
        const inside = suffix.continuation.includes(flag.onlyInCompound);
        put(form, (inside ? 0 : WordFlag.word | ends) | roleFlags(suffix.continuation));
      }
    }
  }
  cached = forms;
  return forms;
}

/** The lexicon as the search asks it, from the whole list (Node: the CLI, the index builder, tests). */
export function swedishWords(): SwedishWords {
  const forms = swedishWordForms();
  return { flagsOf: (form) => forms.get(form) ?? 0 };
}

function roleFlags(flags: string): number {
  return (flags.includes(flag.begin) ? WordFlag.begin : 0) | (flags.includes(flag.middle) ? WordFlag.middle : 0);
}

/** `SFX flag strip add[/continuation] condition` lines, by flag; the header line of each flag has fewer fields. */
function suffixRules(aff: string): Map<string, Suffix[]> {
  const rules = new Map<string, Suffix[]>();
  for (const line of aff.split("\n")) {
    const [kind, name, strip, added, condition] = line.trim().split(/\s+/);
    if (kind !== "SFX" || !name || !strip || !added || !condition) continue;
    const [add = "", continuation = ""] = added.split("/");
    const list = rules.get(name) ?? [];
    rules.set(name, list);
    list.push({
      strip: strip === "0" ? "" : strip,
      add: add === "0" ? "" : add,
      continuation,
      condition: new RegExp(`${condition === "." ? "" : condition}$`, "u"),
    });
  }
  return rules;
}
