// /sok: the search page. Its whole state is the URL, so a search can be shared as a link.
// The hits come before the pages that answer the query and before the filters, in the page
// and in the tab order: pages and filters are a column to the right of the hits on wide
// screens and follow them on a phone, where the filters open behind one button. With no
// hits, the pages come where the hits would be. Between the
// search box and the first hit there are only the skip link, the filter button on a phone and
// "Rensa filter" when filters are chosen; the notices above the hits are text without links.
// Without JavaScript the page is a plain GET form that says what needs JavaScript.
import { useEffect, useMemo, useRef, useState } from "react";
import { useHistory, useLocation } from "@docusaurus/router";
import useIsBrowser from "@docusaurus/useIsBrowser";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import { sitePages } from "@kunskapsbanken/domain";
import type { FilterName } from "@kunskapsbanken/indexer/search";
import Facets from "../components/search/Facets";
import FilterToggle from "../components/search/FilterToggle";
import HitExtras from "../components/search/HitExtras";
import NoScriptSearch from "../components/search/NoScriptSearch";
import SearchDeadEnd from "../components/search/SearchDeadEnd";
import SearchNotices from "../components/search/SearchNotices";
import SearchPages from "../components/search/SearchPages";
import SearchResults from "../components/search/SearchResults";
import SearchTip from "../components/search/SearchTip";
import { useSearchEngine, useSearchRun } from "../components/search/useSearchEngine";
import { filterUi, parseSearchState, searchStateToQuery, toFilters, type SearchState } from "../components/search/urlState";
import { useSiteData } from "../lib/useSiteData";

const FILTERS_ID = "sok-filter";
/** What "Hoppa till träffarna" leads to: the list of hits (and "Visa fler"). */
const HITS_ID = "sok-traffar";
/** Hits shown at first and added by "Visa fler": each shown hit's text is fetched. */
const PAGE_SIZE = 20;

export default function SearchPage() {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const { labels } = useSiteData();
  const search = useSearchEngine();
  const state = useMemo(() => parseSearchState(location.search), [location.search]);
  const { load } = search;
  useEffect(load, [load]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hitsRef = useRef<HTMLDivElement>(null);
  const filtersTitleRef = useRef<HTMLHeadingElement>(null);
  // How many hits to show: a new query or filter starts again from one page.
  const [shown, setShown] = useState({ search: location.search, limit: PAGE_SIZE });
  const limit = shown.search === location.search ? shown.limit : PAGE_SIZE;

  // Focus moves to the results heading (how many hits, for what) when a search is made: when
  // this page's form is submitted (Enter in the field), and when the reader arrives at /sok with
  // a query – from the navbar search, a search form on another page, a shared link, back or
  // forward. Typing in the field updates the hits live and only replaces the address
  // (history.replace, see `update`); that is not an arrival, so focus stays in the field.
  // Each arrival has its own key; addresses made by typing have none. The heading is there
  // once the page runs in the browser (isBrowser), not in the static HTML.
  const arrival = history.action === "REPLACE" ? "" : (location.key ?? "first");
  useEffect(() => {
    if (isBrowser && arrival && parseSearchState(window.location.search).q.trim()) headingRef.current?.focus();
  }, [arrival, isBrowser]);

  const update = (next: SearchState) => history.replace({ pathname: location.pathname, search: searchStateToQuery(next) });
  const toggle = (name: FilterName, value: string, checked: boolean) => {
    const current = state.filters[name].filter((v) => v !== value);
    update({ ...state, filters: { ...state.filters, [name]: checked ? [...current, value] : current } });
  };

  // One pass gives the hits and each filter's counts (the hits with every other filter applied).
  const options = useMemo(() => ({ filters: toFilters(state), limit, facets: true }), [state, limit]);
  const run = useSearchRun(search.engine, state.q, options);
  const result = run.result;

  const activeFilters = filterUi.flatMap((f) => state.filters[f.name].map((id) => ({ f, id })));
  const hitCount = result ? (result.total === 1 ? "1 träff" : `${result.total} träffar`) : "";

  const status = !isBrowser
    ? ""
    : search.status === "loading" || search.status === "idle"
      ? "Laddar sökindex …"
      : search.status === "error" || run.failed
        ? "Sökindexet kunde inte laddas. Försök igen senare."
        : run.pending || !result
          ? "Laddar träffar …"
          : `${search.engine ? search.engine.countText(result) : hitCount}${state.q ? ` för ”${state.q}”` : ""}`;

  return (
    <Layout title="Sök" description="Sök bland goda exempel och filtrera på län, kommun, ämne, målgrupp, finansiering och status.">
      <main className="container margin-vert--lg search-page">
        <Heading as="h1">Sök bland exemplen</Heading>
        <form
          role="search"
          action={sitePages.search}
          method="get"
          className="search-page__form"
          onSubmit={(event) => {
            // The hits are already there (they follow the typing): Enter takes the reader to them.
            event.preventDefault();
            headingRef.current?.focus();
          }}
        >
          <label htmlFor="sok-fraga">Sökord</label>
          <div className="search-page__row">
            <input
              id="sok-fraga"
              name="q"
              type="search"
              value={state.q}
              placeholder="t.ex. bostad, språkvän, föräldrastöd"
              onChange={(event) => update({ ...state, q: event.target.value })}
            />
            <noscript>
              <button type="submit" className="button button--primary">
                Sök
              </button>
            </noscript>
          </div>
        </form>
        <NoScriptSearch />
        {isBrowser && (
          <a
            href={`#${HITS_ID}`}
            className="search-page__skip"
            onClick={(event) => {
              event.preventDefault();
              hitsRef.current?.focus();
            }}
          >
            Hoppa till träffarna
          </a>
        )}
        {isBrowser && (
          <FilterToggle
            controls={FILTERS_ID}
            open={filtersOpen}
            activeCount={activeFilters.length}
            onToggle={() => {
              // The filters come after the hits: opening them takes the reader there.
              if (!filtersOpen) requestAnimationFrame(() => filtersTitleRef.current?.focus());
              setFiltersOpen(!filtersOpen);
            }}
          />
        )}
        <div className="search-page__layout">
          <section aria-labelledby="sok-resultat-rubrik" className="search-page__results">
            {/* Not in the static HTML: without JavaScript there are no hits to head. */}
            {isBrowser && (
              <h2 id="sok-resultat-rubrik" ref={headingRef} tabIndex={-1} className="search-page__status">
                <span role="status">{status}</span>
              </h2>
            )}
            {activeFilters.length > 0 && (
              <p className="search-page__active">
                Valda filter:{" "}
                {activeFilters.map(({ f, id }, i) => (
                  <span key={`${f.param}-${id}`}>
                    {i > 0 && ", "}
                    {f.title.toLowerCase()}: {labels[f.vocabulary][id] ?? id}
                  </span>
                ))}{" "}
                <button
                  type="button"
                  className="button button--link button--sm"
                  onClick={() => update({ q: state.q, filters: parseSearchState("").filters })}
                >
                  Rensa filter
                </button>
              </p>
            )}
            {result && search.engine && <SearchNotices result={result} engine={search.engine} />}
            <div id={HITS_ID} ref={hitsRef} tabIndex={-1} className="search-page__hits">
              {result && search.engine && (
                <>
                  <SearchResults
                    hits={result.hits}
                    query={state.q}
                    engine={search.engine}
                    labels={labels}
                    highlight={result.highlight}
                    actions={(hit) => <HitExtras id={hit.id} title={hit.title} />}
                  />
                  {/* No hits to reach first: the pages come where the hits would be (a place without practices says so here). */}
                  {result.hits.length === 0 && <SearchPages pages={result.pages} engine={search.engine} />}
                  {result.hits.length < result.total && (
                    <button
                      type="button"
                      className="button button--secondary search-page__more"
                      disabled={run.pending}
                      onClick={() => setShown({ search: location.search, limit: limit + PAGE_SIZE })}
                    >
                      Visa fler träffar ({result.total - result.hits.length} till)
                    </button>
                  )}
                  {result.related.length > 0 && (
                    <section className="search-page__related" aria-labelledby="sok-liknande">
                      <h2 id="sok-liknande">Liknande exempel</h2>
                      <p>{search.engine.relatedText(result)}</p>
                      {/* Not matches for the query: nothing in them is marked. */}
                      <SearchResults
                        hits={result.related}
                        className="search-related"
                        query=""
                        engine={search.engine}
                        labels={labels}
                        actions={(hit) => <HitExtras id={hit.id} title={hit.title} />}
                      />
                    </section>
                  )}
                  <SearchDeadEnd result={result} engine={search.engine} query={state.q} />
                </>
              )}
            </div>
            {result && search.engine && <SearchTip query={state.q} searchPath={`${location.pathname}${location.search}`} />}
          </section>
          {isBrowser && (
            <div className="search-page__side">
              {result && search.engine && result.hits.length > 0 && <SearchPages pages={result.pages} engine={search.engine} />}
              <aside id={FILTERS_ID} aria-labelledby="sok-filter-rubrik" className="search-page__filters" data-open={filtersOpen}>
                {/* A plain h2: the theme's Heading would add a "#" link, one more tab stop. */}
                <h2 id="sok-filter-rubrik" ref={filtersTitleRef} tabIndex={-1} className="search-page__filters-title">
                  Filtrera
                </h2>
                <Facets state={state} counts={result?.facets} labels={labels} onToggle={toggle} />
                <button
                  type="button"
                  className="button button--primary button--block search-page__show-hits"
                  onClick={() => {
                    setFiltersOpen(false);
                    headingRef.current?.focus();
                  }}
                >
                  Visa {hitCount || "träffarna"}
                </button>
              </aside>
            </div>
          )}
        </div>
      </main>
    </Layout>
  );
}
