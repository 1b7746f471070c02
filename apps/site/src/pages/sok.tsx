// /sok: the search page. Its whole state is the URL, so a search can be shared as a link.
import { useEffect, useMemo } from "react";
import { useHistory, useLocation } from "@docusaurus/router";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import type { FacetCounts, FilterName } from "@kunskapsbanken/indexer/search";
import Facets from "../components/search/Facets";
import SearchResults from "../components/search/SearchResults";
import { useSearchEngine } from "../components/search/useSearchEngine";
import { filterUi, parseSearchState, searchStateToQuery, toFilters, type SearchState } from "../components/search/urlState";
import { useSiteData } from "../lib/useSiteData";

export default function SearchPage() {
  const location = useLocation();
  const history = useHistory();
  const { labels } = useSiteData();
  const search = useSearchEngine();
  const state = useMemo(() => parseSearchState(location.search), [location.search]);
  const { load } = search;
  useEffect(load, [load]);

  const update = (next: SearchState) => history.replace({ pathname: location.pathname, search: searchStateToQuery(next) });
  const toggle = (name: FilterName, value: string, checked: boolean) => {
    const current = state.filters[name].filter((v) => v !== value);
    update({ ...state, filters: { ...state.filters, [name]: checked ? [...current, value] : current } });
  };

  const result = useMemo(() => {
    const engine = search.engine;
    if (!engine) return undefined;
    const all = engine.index.size;
    const filters = toFilters(state);
    const hits = engine.index.search(state.q, { filters, limit: all });
    // Each filter's counts: the hits with every other filter applied.
    const counts = Object.fromEntries(
      filterUi.map((f) => [f.name, engine.countFacets(engine.index.search(state.q, { filters: { ...filters, [f.name]: [] }, limit: all }))[f.name]]),
    ) as FacetCounts;
    return { hits, counts };
  }, [search.engine, state]);

  const activeFilters = filterUi.flatMap((f) => state.filters[f.name].map((id) => ({ f, id })));

  return (
    <Layout title="Sök" description="Sök bland goda exempel och filtrera på kommun, ämne, målgrupp, finansiering och status.">
      <main className="container margin-vert--lg search-page">
        <Heading as="h1">Sök bland exemplen</Heading>
        <form role="search" action="/sok" method="get" className="search-page__form" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="sok-fraga">Sökord</label>
          <input
            id="sok-fraga"
            name="q"
            type="search"
            value={state.q}
            placeholder="t.ex. bostad, språkvän, föräldrastöd"
            onChange={(event) => update({ ...state, q: event.target.value })}
          />
          <noscript>
            <button type="submit">Sök</button>
            <p>
              Sökningen behöver JavaScript. Utan JavaScript kan du <Link to="/praktiker">bläddra bland alla exempel</Link>.
            </p>
          </noscript>
        </form>
        <div className="search-page__layout">
          <aside aria-label="Filter">
            <Heading as="h2" className="search-page__filters-title">
              Filtrera
            </Heading>
            <Facets state={state} counts={result?.counts} labels={labels} onToggle={toggle} />
          </aside>
          <section aria-label="Sökresultat" className="search-page__results">
            <p role="status" className="search-page__status">
              {search.status === "loading" || search.status === "idle"
                ? "Laddar sökindex …"
                : search.status === "error"
                  ? "Sökindexet kunde inte laddas. Försök igen senare."
                  : result &&
                    `${result.hits.length === 1 ? "1 träff" : `${result.hits.length} träffar`}${state.q ? ` för ”${state.q}”` : ""}${
                      search.engine?.complete || !state.q ? "" : " i rubrikerna – laddar resten av sökindexet …"
                    }`}
            </p>
            {activeFilters.length > 0 && (
              <p>
                Valda filter:{" "}
                {activeFilters.map(({ f, id }, i) => (
                  <span key={`${f.param}-${id}`}>
                    {i > 0 && ", "}
                    {f.title.toLowerCase()}: {labels[f.vocabulary][id] ?? id}
                  </span>
                ))}{" "}
                <button type="button" className="button button--link button--sm" onClick={() => update({ q: state.q, filters: parseSearchState("").filters })}>
                  Rensa filter
                </button>
              </p>
            )}
            {result && search.engine && <SearchResults hits={result.hits} query={state.q} engine={search.engine} labels={labels} />}
          </section>
        </div>
      </main>
    </Layout>
  );
}
