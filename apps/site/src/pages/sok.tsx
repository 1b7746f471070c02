// /sok: the search page. Its whole state is the URL, so a search can be shared as a link.
// On a phone the hits come first and the filters open behind one button; without
// JavaScript the page is a plain GET form that says what needs JavaScript.
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
import SearchNotices from "../components/search/SearchNotices";
import SearchResults from "../components/search/SearchResults";
import { useSearchEngine, useSearchRun } from "../components/search/useSearchEngine";
import { filterUi, parseSearchState, searchStateToQuery, toFilters, type SearchState } from "../components/search/urlState";
import { useSiteData } from "../lib/useSiteData";

const FILTERS_ID = "sok-filter";
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
  const resultsRef = useRef<HTMLElement>(null);
  // How many hits to show: a new query or filter starts again from one page.
  const [shown, setShown] = useState({ search: location.search, limit: PAGE_SIZE });
  const limit = shown.search === location.search ? shown.limit : PAGE_SIZE;

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
          onSubmit={(event) => event.preventDefault()}
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
          <FilterToggle
            controls={FILTERS_ID}
            open={filtersOpen}
            activeCount={activeFilters.length}
            onToggle={() => setFiltersOpen((open) => !open)}
          />
        )}
        <div className="search-page__layout">
          {isBrowser && (
            <aside id={FILTERS_ID} aria-label="Filter" className="search-page__filters" data-open={filtersOpen}>
              <Heading as="h2" className="search-page__filters-title">
                Filtrera
              </Heading>
              <Facets state={state} counts={result?.facets} labels={labels} onToggle={toggle} />
              <button
                type="button"
                className="button button--primary button--block search-page__show-hits"
                onClick={() => {
                  setFiltersOpen(false);
                  resultsRef.current?.focus();
                }}
              >
                Visa {hitCount || "träffarna"}
              </button>
            </aside>
          )}
          <section aria-label="Sökresultat" className="search-page__results" ref={resultsRef} tabIndex={-1}>
            <p role="status" className="search-page__status">
              {status}
            </p>
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
            {result && search.engine && (
              <>
                <SearchNotices result={result} engine={search.engine} query={state.q} />
                <SearchResults
                  hits={result.hits}
                  query={state.q}
                  engine={search.engine}
                  labels={labels}
                  highlight={result.highlight}
                  actions={(hit) => <HitExtras id={hit.id} title={hit.title} />}
                />
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
              </>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
