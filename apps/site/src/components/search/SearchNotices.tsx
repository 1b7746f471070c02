// What the search did with the query, said above the hits: corrected words, and words that
// no practice uses (said plainly, not guessed at). Text only, no links, so nothing here
// stands between the search box and the first hit in the tab order. The pages that answer
// the query follow the hits (SearchPages), and so does the way on when little matched
// (SearchDeadEnd).
import type { SearchResult, TextPiece } from "@kunskapsbanken/indexer/search";
import type { SearchEngine } from "./searchEngine";

interface Props {
  result: SearchResult;
  engine: SearchEngine;
}

/** Each piece with the text up to and including it as its key: unique, and stable between renders. */
function keyed(pieces: readonly TextPiece[]): { key: string; piece: TextPiece }[] {
  let prefix = "";
  return pieces.map((piece) => {
    prefix += piece.text;
    return { key: prefix, piece };
  });
}

export default function SearchNotices({ result, engine }: Props) {
  const absent = engine.absentText(result);
  return (
    <>
      {absent && <p className="search-notice search-notice--absent">{absent}</p>}
      {result.corrections.map((correction) => (
        <p key={correction.word} className="search-notice search-notice--correction">
          {keyed(engine.correctionPieces(correction)).map(({ key, piece }) =>
            piece.emphasis ? <em key={key}>{piece.text}</em> : <span key={key}>{piece.text}</span>,
          )}
          .
        </p>
      ))}
    </>
  );
}
