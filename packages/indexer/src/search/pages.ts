// Places and pages as hits: a municipality's profile, the county, a topic, a target group
// or a collection answers a query that names it, above the practices.
import type { FilterName } from "./filters.js";
import type { Concept } from "./query.js";
import { SYNONYM_WEIGHT, termsOfPhrase } from "./query.js";
import { termOf, wordsOf } from "./swedish.js";

export type PageKind = "kommun" | "lan" | "amne" | "malgrupp" | "samling";

/** A page of the site that search can show, as stored in the index. */
export interface SearchPage {
  /** `kind:id`, e.g. `kommun:vingaker`. */
  id: string;
  kind: PageKind;
  title: string;
  /** Site path, e.g. `/kommun/vingaker`. */
  path: string;
  /** How many practices the page lists. */
  practices: number;
  /** Other words that find the page, e.g. `Sörmland` for the county. */
  keywords?: string;
  /** The filter value the page stands for, e.g. the municipality id. */
  filter?: { name: FilterName; value: string };
}

export type PageHit = Pick<SearchPage, "id" | "kind" | "title" | "path" | "practices">;

/** How a page kind is named after its title: "Vingåker – kommunprofil, 6 exempel". */
export const pageKindLabels: Record<PageKind, string> = {
  kommun: "kommunprofil",
  lan: "länsöversikt",
  amne: "ämne",
  malgrupp: "målgrupp",
  samling: "exempelsamling",
};

interface CompiledPage {
  page: SearchPage;
  terms: Set<string>;
  /** Terms that name the place (municipality or county pages), without `län` or `kommun`. */
  placeTerms: Set<string>;
}

const genericPlaceTerms = new Set(["lan", "kommun"].map((word) => termOf(word)));

export class Pages {
  private readonly compiled: CompiledPage[];

  constructor(readonly pages: readonly SearchPage[] = []) {
    this.compiled = pages.map((page) => {
      const terms = new Set(termsOfPhrase(`${page.title} ${page.keywords ?? ""}`));
      const isPlace = page.kind === "kommun" || page.kind === "lan";
      const placeTerms = new Set(isPlace ? [...terms].filter((t) => !genericPlaceTerms.has(t)) : []);
      return { page, terms, placeTerms };
    });
  }

  get(id: string): SearchPage | undefined {
    return this.pages.find((page) => page.id === id);
  }

  /** Words that pages are titled with, as typed, for the vocabulary that typos are corrected against. */
  titleWords(): string[] {
    return this.pages.flatMap((page) => wordsOf(`${page.title} ${page.keywords ?? ""}`));
  }

  /** The place (municipality or county filter value) a one-word concept names, if any. */
  placeOf(concept: Concept): string | undefined {
    const typed = concept.alternatives[0]!;
    if (typed.terms.length !== 1) return undefined;
    const term = typed.terms[0]!;
    return this.compiled.find((c) => c.placeTerms.has(term))?.page.filter?.value;
  }

  /**
   * Pages that answer the query: places it names, then topics, target groups and
   * collections whose title holds every concept (a typed word or one of its synonyms).
   */
  match(concepts: readonly Concept[], limit = 3): SearchPage[] {
    if (concepts.length === 0) return [];
    const places = new Set(concepts.map((c) => c.place).filter(Boolean));
    const named = this.compiled.filter(
      (c) => c.page.filter && places.has(c.page.filter.value) && (c.page.kind === "kommun" || c.page.kind === "lan"),
    );
    const answering = this.compiled.filter(
      (c) => !named.includes(c) && !c.placeTerms.size && concepts.every((concept) => holds(c, concept)),
    );
    return [...named, ...answering].slice(0, limit).map((c) => c.page);
  }

  /** Topic and target group pages that hold some concept, for a query with few hits. */
  related(concepts: readonly Concept[]): SearchPage[] {
    return this.compiled
      .filter((c) => (c.page.kind === "amne" || c.page.kind === "malgrupp") && concepts.some((concept) => holds(c, concept)))
      .map((c) => c.page);
  }
}

function holds(page: CompiledPage, concept: Concept): boolean {
  return concept.alternatives.some(
    (alternative, i) =>
      // Synonyms count; a lone part of a split compound does not (`boende` of `korridorboende`).
      (alternative.weight >= SYNONYM_WEIGHT && alternative.terms.every((term) => page.terms.has(term))) ||
      // The word being typed may be the start of a title word.
      (i === 0 &&
        concept.open &&
        alternative.terms.length === 1 &&
        alternative.terms[0]!.length >= 3 &&
        [...page.terms].some((t) => t.startsWith(alternative.terms[0]!))),
  );
}
