// Places and pages as hits: a municipality's profile, the county, a topic, a target group
// or a collection answers a query that names it, above the practices.
import type { Concept } from "./query.js";
import { SYNONYM_WEIGHT, termsOfPhrase } from "./query.js";
import { termOf, wordsOf } from "./swedish.js";
import type { SearchPage } from "./types.js";

/** How a page kind is named after its title: "Vingåker – kommunprofil, 6 exempel", "Malmö – kommun, …". */
export function pageKindLabel(page: Pick<SearchPage, "kind" | "profile">): string {
  if (page.kind === "kommun") return page.profile ? "kommunprofil" : "kommun";
  return { lan: "länsöversikt", amne: "ämne", malgrupp: "målgrupp", samling: "exempelsamling" }[page.kind];
}

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

  /**
   * Pages that answer the query: places it names, then topics, target groups and
   * collections whose title holds every concept (a typed word or one of its synonyms).
   */
  match(concepts: readonly Concept[], limit = 3): SearchPage[] {
    if (concepts.length === 0) return [];
    const named = concepts
      .flatMap((concept) => concept.place?.pages ?? [])
      .map((id) => this.compiled.find((c) => c.page.id === id))
      .filter((c): c is CompiledPage => c !== undefined);
    const answering = this.compiled.filter(
      (c) => !named.includes(c) && !c.placeTerms.size && concepts.every((concept) => holds(c, concept)),
    );
    return [...new Set([...named, ...answering])].slice(0, limit).map((c) => c.page);
  }

  /**
   * The topic pages a concept names, by its word or a synonym (not a prefix being typed):
   * `bostad` and `boende` name Bostad och boende. Target groups are left out: `nyanlända`
   * names four of them, which would tag nearly every practice.
   */
  about(concept: Concept): SearchPage[] {
    if (concept.place) return [];
    return this.compiled.filter((c) => c.page.kind === "amne" && names(c, concept)).map((c) => c.page);
  }

  /** Topic and target group pages that hold some concept, for a query with few hits. */
  related(concepts: readonly Concept[]): SearchPage[] {
    return this.compiled
      .filter((c) => (c.page.kind === "amne" || c.page.kind === "malgrupp") && concepts.some((concept) => holds(c, concept)))
      .map((c) => c.page);
  }
}

/** Every term of the word (or of a synonym) is in the page's title or keywords. */
function names(page: CompiledPage, concept: Concept): boolean {
  return concept.alternatives.some(
    (alternative) =>
      alternative.weight >= SYNONYM_WEIGHT && alternative.terms.length > 0 && alternative.terms.every((term) => page.terms.has(term)),
  );
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
