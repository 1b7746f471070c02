import type { SearchEngine } from "./searchEngine";

interface Props {
  text: string;
  query: string;
  engine: SearchEngine;
  /** Words the search used besides those typed: a corrected word, the parts of a compound, a synonym. */
  also?: readonly string[];
}

/** The text with the words the query matched in <mark>, split by the indexer's `highlightParts`. */
export default function Highlight({ text, query, engine, also }: Props) {
  return (
    <>
      {engine.highlightParts(text, query, also).map((part, i) =>
        // The parts are the text cut in order; a part's place is its identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
