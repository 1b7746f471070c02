// Pages that answer the query: a place, topic, target group or collection, with a plain
// note for a place without practices and where to look instead. They come after the hits,
// in the page and in the tab order, so the first hit is a few Tab presses from the search
// box whatever the query: at the top of the column beside the hits on wide screens, after
// the hits on a phone, either way above the filters and never hidden with them. With no
// hits, /sok shows them where the hits would be.
import Link from "@docusaurus/Link";
import type { SearchResult } from "@kunskapsbanken/indexer/search";
import type { SearchEngine } from "./searchEngine";

interface Props {
  pages: SearchResult["pages"];
  engine: SearchEngine;
}

export default function SearchPages({ pages, engine }: Props) {
  if (pages.length === 0) return null;
  return (
    <section className="search-page__pages" aria-labelledby="sok-sidor-rubrik">
      {/* A plain h2: the theme's Heading would add a "#" link, one more tab stop. */}
      <h2 id="sok-sidor-rubrik" className="search-page__pages-title">
        Sidor som svarar på sökningen
      </h2>
      <ul className="search-pages">
        {pages.map((page) => {
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
    </section>
  );
}
