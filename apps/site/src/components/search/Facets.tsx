import type { FacetCounts, FilterName } from "@kunskapsbanken/indexer/search";
import type { SiteLabels } from "../../plugins/kunskapsbanken/types";
import { filterUi, type SearchState } from "./urlState";

interface Props {
  state: SearchState;
  counts: FacetCounts | undefined;
  labels: SiteLabels;
  onToggle: (name: FilterName, value: string, checked: boolean) => void;
}

/** One fieldset of checkboxes per filter; each value shows how many hits it would give. */
export default function Facets({ state, counts, labels, onToggle }: Props) {
  return (
    <div className="search-facets">
      {filterUi.map((filter) => {
        const selected = state.filters[filter.name];
        const values = Object.entries(labels[filter.vocabulary]).filter(
          ([id]) => selected.includes(id) || (counts?.[filter.name][id] ?? 0) > 0,
        );
        return (
          <fieldset key={filter.name} className="search-facets__group">
            <legend>{filter.title}</legend>
            {values.length === 0 && <p className="search-facets__empty">{counts ? "Inga val" : "Laddar …"}</p>}
            {values.map(([id, label]) => {
              const inputId = `filter-${filter.param}-${id}`;
              return (
                <div key={id} className="search-facets__option">
                  <input
                    type="checkbox"
                    id={inputId}
                    name={filter.param}
                    value={id}
                    checked={selected.includes(id)}
                    onChange={(event) => onToggle(filter.name, id, event.target.checked)}
                  />
                  <label htmlFor={inputId}>
                    {label} <span className="search-facets__count">({counts?.[filter.name][id] ?? 0})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
