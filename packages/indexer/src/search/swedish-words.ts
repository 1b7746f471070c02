// What the Swedish lexicon (`dictionary-sv`, Hunspell) says of a written word form: whether
// it stands alone as a word, and where it may stand in a compound. The search asks it of
// a query word the index does not know: a real word is never "corrected" to another one,
// and a compound is only split into parts that may begin and end a Swedish compound
// (`bostads|brist`, not `hem|löshet`: `löshet` is a word but never ends a compound).
// Kept free of Node APIs: in the browser the answers come from lexicon shards.

/** Flags of a folded word form, or-ed. */
export const WordFlag = {
  /** A word on its own (not only a compound part). */
  word: 1,
  begin: 2,
  middle: 4,
  end: 8,
} as const;

export interface SwedishWords {
  /** The flags of a folded word form (0: not in the lexicon), or undefined while its shard is being fetched. */
  flagsOf(form: string): number | undefined;
}

/** A real Swedish word on its own, as the lexicon knows it. */
export function isSwedishWord(words: SwedishWords, form: string): boolean {
  return ((words.flagsOf(form) ?? 0) & WordFlag.word) !== 0;
}

/**
 * May `part` stand here in a compound? Not last: it begins (or continues) one, written as
 * is or with a linking s (`bostad` in `bostadsbrist`). Last: it ends one, in any inflection.
 */
export function mayStandInCompound(words: SwedishWords, part: string, last: boolean): boolean {
  if (last) return ((words.flagsOf(part) ?? 0) & WordFlag.end) !== 0;
  const joins = WordFlag.begin | WordFlag.middle;
  return (((words.flagsOf(part) ?? 0) | (words.flagsOf(`${part}s`) ?? 0)) & joins) !== 0;
}
