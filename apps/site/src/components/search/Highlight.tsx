import type { SearchEngine } from "./searchEngine";

interface Props {
  text: string;
  query: string;
  engine: SearchEngine;
}

/** The text with the words the query matched in <mark>, split by the indexer's `highlightParts`. */
export default function Highlight({ text, query, engine }: Props) {
  return (
    <>
      {engine.highlightParts(text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
