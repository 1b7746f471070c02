import Link from "@docusaurus/Link";
import { listingPagePath, pagerNumbers } from "@kunskapsbanken/domain";
import { formatNumber } from "../lib/format";
import type { ListingPage } from "../plugins/kunskapsbanken/types";

/** "Visar 51–100 av 2 064 exempel": which part of the listing this page shows; nothing when it shows all of it. */
export function PageRange({ page }: { page: ListingPage }) {
  if (page.count < 2) return null;
  return (
    <p className="pager__range">{`Visar ${formatNumber(page.first)}–${formatNumber(page.last)} av ${formatNumber(page.total)} exempel`}</p>
  );
}

/** Links between the pages of a listing: Föregående, the page numbers and Nästa; plain links, so they work without JavaScript. */
export default function Pager({ page }: { page: ListingPage }) {
  if (page.count < 2) return null;
  const href = (n: number) => listingPagePath(page.basePath, n);
  return (
    <nav aria-label="Sidor" className="pager">
      <ul className="pager__list">
        {page.number > 1 && (
          <li>
            <Link to={href(page.number - 1)} rel="prev" className="pager__step">
              Föregående<span className="sr-only"> sida</span>
            </Link>
          </li>
        )}
        {pagerNumbers(page.number, page.count).map((n, i) =>
          n === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity of its own; its place does.
            <li key={`gap-${i}`} className="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                to={href(n)}
                className={n === page.number ? "pager__number pager__number--current" : "pager__number"}
                aria-current={n === page.number ? "page" : undefined}
              >
                <span className="sr-only">Sida </span>
                {n}
              </Link>
            </li>
          ),
        )}
        {page.number < page.count && (
          <li>
            <Link to={href(page.number + 1)} rel="next" className="pager__step">
              Nästa<span className="sr-only"> sida</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
