// What the search did with the query and where else to look: corrected words, words
// that no practice uses (said plainly, not guessed at), the places
// and pages that answer it, and – when there are few or no hits – topics and target
// groups to browse instead, so a search never ends in "0 träffar" alone.
import Link from "@docusaurus/Link";
import { sitePages } from "@kunskapsbanken/domain";
import type { SearchResult, TextPiece } from "@kunskapsbanken/indexer/search";
import type { SearchEngine } from "./searchEngine";

interface Props {
  result: SearchResult;
  engine: SearchEngine;
  query: string;
}

/** Each piece with the text up to and including it as its key: unique, and stable between renders. */
function keyed(pieces: readonly TextPiece[]): { key: string; piece: TextPiece }[] {
  let prefix = "";
  return pieces.map((piece) => {
    prefix += piece.text;
    return { key: prefix, piece };
  });
}

/** With fewer hits than this, the page offers other ways in. */
const FEW_HITS = 3;

export default function SearchNotices({ result, engine, query }: Props) {
  const deadEnd = query.trim() !== "" && result.total < FEW_HITS;
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
      {result.pages.length > 0 && (
        <ul className="search-pages" aria-label="Sidor som svarar på sökningen">
          {result.pages.map((page) => {
            const note = engine.placeNote(page);
            return (
              <li key={page.id} data-id={page.id} className="search-pages__page">
                <Link to={page.path}>{engine.pageText(page)}</Link>
                {note && (
                  <p className="search-pages__note">
                    {note.text}
                    {note.link && (
                      <>
                        {" "}
                        <Link to={note.link.path}>{note.link.text}</Link>.
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {deadEnd && (
        <div className="search-dead-end" role="note">
          <p>
            {result.total === 0 ? "Inga exempel matchar sökningen." : "Få exempel matchar sökningen."} Prova ett annat ord, eller bläddra:
          </p>
          <ul>
            {result.suggestions.map((page) => (
              <li key={page.id} data-id={page.id}>
                <Link to={page.path}>{engine.pageText(page)}</Link>
              </li>
            ))}
            <li>
              <Link to={sitePages.topics}>Alla ämnen</Link>, <Link to={sitePages.targetGroups}>alla målgrupper</Link> eller{" "}
              <Link to={sitePages.practices}>alla exempel</Link>
            </li>
          </ul>
        </div>
      )}
    </>
  );
}
