// When there are few or no hits: topics and target groups to browse instead, so a search
// never ends in "0 träffar" alone. Shown after the hits and the examples like them (where
// the hits would be, when there are none), so its links come after the first hit in the
// tab order.
import Link from "@docusaurus/Link";
import { sitePages } from "@kunskapsbanken/domain";
import type { SearchResult } from "@kunskapsbanken/indexer/search";
import type { SearchEngine } from "./searchEngine";

interface Props {
  result: SearchResult;
  engine: SearchEngine;
  query: string;
}

/** With fewer hits than this, the page offers other ways in. */
const FEW_HITS = 3;

export default function SearchDeadEnd({ result, engine, query }: Props) {
  if (query.trim() === "" || result.total >= FEW_HITS) return null;
  return (
    <div className="search-dead-end" role="note">
      <p>{result.total === 0 ? "Inga exempel matchar sökningen." : "Få exempel matchar sökningen."} Prova ett annat ord, eller bläddra:</p>
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
  );
}
