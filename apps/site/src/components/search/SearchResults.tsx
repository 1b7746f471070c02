import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { SearchHit } from "@kunskapsbanken/indexer/search";
import type { SiteLabels } from "../../plugins/kunskapsbanken/types";
import { statusAsOf } from "@kunskapsbanken/domain";
import { practicePath } from "../../lib/format";
import Highlight from "./Highlight";
import type { SearchEngine } from "./searchEngine";

interface Props {
  hits: readonly SearchHit[];
  query: string;
  engine: SearchEngine;
  labels: SiteLabels;
  /** `SearchResult.highlight`: corrected words and synonyms to mark as well. */
  highlight?: readonly string[];
  /** What each hit offers besides its text, e.g. adding it to a list. */
  actions?: (hit: SearchHit) => ReactNode;
  /** The list's class: `search-results` for the hits, another for practices that are not hits. */
  className?: string;
}

export default function SearchResults({ hits, query, engine, labels, highlight, actions, className = "search-results" }: Props) {
  return (
    <ol className={className}>
      {hits.map((hit) => (
        <li key={hit.id} className="practice-card" data-id={hit.id}>
          <h2 className="practice-card__title">
            <Link to={practicePath(hit.id)}>
              <Highlight text={hit.title} query={query} engine={engine} also={highlight} />
            </Link>
          </h2>
          <p className="practice-card__summary">
            <Highlight text={hit.summary} query={query} engine={engine} also={highlight} />
          </p>
          <p className="practice-card__meta">
            <span>{hit.municipalities.map((id) => labels.municipalities[id] ?? id).join(", ")}</span> ·{" "}
            <span>{statusAsOf(labels.status[hit.status] ?? hit.status, hit.asOf)}</span>
          </p>
          {actions?.(hit)}
        </li>
      ))}
    </ol>
  );
}
