// The navbar search: an ARIA combobox with instant results. Arrow keys move through
// the hits, Enter opens one (or the search page), Escape closes the list. It is a real GET
// form to /sok with the field named q, so Enter reaches the search page without JavaScript too.
import { useState, type KeyboardEvent } from "react";
import { useHistory } from "@docusaurus/router";
import { sitePages } from "@kunskapsbanken/domain";
import Highlight from "../../components/search/Highlight";
import { useSearchEngine, useSearchRun } from "../../components/search/useSearchEngine";
import { useSiteData } from "../../lib/useSiteData";
import { practicePath } from "../../lib/format";
import type { SearchHit } from "@kunskapsbanken/indexer/search";

const LIST_ID = "navbar-sok-traffar";
const optionId = (i: number) => `navbar-sok-traff-${i}`;
const NAVBAR_OPTIONS = { limit: 8 };
const NO_HITS: SearchHit[] = [];

export default function SearchBar() {
  const search = useSearchEngine();
  const { labels } = useSiteData();
  const history = useHistory();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  // Nothing typed, nothing to fetch.
  const run = useSearchRun(query.trim() ? search.engine : undefined, query, NAVBAR_OPTIONS);
  const hits = (query.trim() && run.result?.hits) || NO_HITS;
  // The highlighted suggestion belongs to the hits it was chosen from: new text (or the rest of
  // the index arriving) makes new hits, and Enter must then search for the text, not open an old hit.
  const [highlight, setHighlight] = useState<{ hits: SearchHit[]; index: number }>({ hits, index: -1 });
  const active = highlight.hits === hits ? highlight.index : -1;
  const setActive = (next: number | ((previous: number) => number)) =>
    setHighlight({ hits, index: typeof next === "function" ? next(active) : next });
  const expanded = open && query.trim() !== "" && hits.length > 0;

  const go = (path: string) => {
    setOpen(false);
    setActive(-1);
    setQuery("");
    history.push(path);
  };
  const searchPage = () => go(`${sitePages.search}?q=${encodeURIComponent(query.trim())}`);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = expanded && active >= 0 ? hits[active] : undefined;
      if (hit) go(practicePath(hit.id));
      else if (query.trim()) searchPage();
    } else if (event.key === "Escape") {
      // First Escape closes the list (and stops the browser from clearing the field), the next clears it.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setQuery("");
      setActive(-1);
    }
  };

  const status =
    search.status === "loading"
      ? "Laddar sökindex …"
      : search.status === "error"
        ? "Sökindexet kunde inte laddas."
        : open && query.trim() && search.engine
          ? hits.length === 0
            ? run.pending
              ? "Söker …"
              : `Inga träffar för ”${query.trim()}”.`
            : `${hits.length === 1 ? "1 träff visas" : `${hits.length} träffar visas`}. Använd pil upp och pil ner.`
          : "";

  return (
    <form
      className="navbar-search"
      role="search"
      aria-label="Snabbsök"
      action={sitePages.search}
      method="get"
      onSubmit={(event) => {
        // Enter is handled in onKeyDown; this is for a keyboard's own "Sök" key and the like.
        event.preventDefault();
        if (query.trim()) searchPage();
      }}
    >
      <label htmlFor="navbar-sok" className="sr-only">
        Sök bland exemplen
      </label>
      <input
        id="navbar-sok"
        name="q"
        type="search"
        className="navbar-search__input"
        placeholder="Sök exempel …"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          search.load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          search.load();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="navbar-search__popup" hidden={!(open && (query.trim() !== "" || search.status === "loading"))}>
        {/* The WAI-ARIA combobox pattern: focus stays in the input, which points at the active option. */}
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options is that pattern */}
        <ul id={LIST_ID} role="listbox" aria-label="Sökträffar" className="navbar-search__list" hidden={!expanded}>
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached with aria-activedescendant, not focus
            <li
              key={hit.id}
              id={optionId(i)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above
              role="option"
              aria-selected={i === active}
              data-id={hit.id}
              className="navbar-search__option"
              onMouseDown={(event) => {
                event.preventDefault();
                go(practicePath(hit.id));
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="navbar-search__title">
                {search.engine && <Highlight text={hit.title} query={query} engine={search.engine} />}
              </span>
              <span className="navbar-search__meta">{hit.municipalities.map((id) => labels.municipalities[id] ?? id).join(", ")}</span>
            </li>
          ))}
        </ul>
        <p className="navbar-search__status" role="status">
          {status}
        </p>
        {query.trim() && (
          <button
            type="button"
            className="navbar-search__all"
            onMouseDown={(event) => {
              event.preventDefault();
              searchPage();
            }}
            tabIndex={-1}
          >
            Visa alla träffar på söksidan
          </button>
        )}
      </div>
    </form>
  );
}
