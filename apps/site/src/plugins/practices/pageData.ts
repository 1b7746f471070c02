// What a practice page shows, computed once per build from the validated content: the
// domain's facts, the related practices the indexer picks, and the body as HTML.
import type { Practice } from "@kunskapsbanken/content-schema";
import type { Entry } from "@kunskapsbanken/indexer";
import { practiceFilePath } from "@kunskapsbanken/domain";
import type { Loaded } from "../kunskapsbanken/content";
import { domain } from "../kunskapsbanken/packages";
import { cardOf, practicesOf } from "../kunskapsbanken/relations";
import type { PracticeExtras, PracticePageData } from "../kunskapsbanken/types";
import { renderBody } from "./body";

/** What every practice page is computed against, made once per build. */
export interface PageContext {
  loaded: Loaded;
  all: readonly Practice[];
  profiles: ReadonlySet<string>;
  /** GitHub's edit address of the content folder (lib/siteAddress.ts). */
  editBase: string;
}

export function pageContext(loaded: Loaded, editBase: string): PageContext {
  const profiles = new Set(loaded.content.profiles.map((entry) => entry.data.id));
  return { loaded, all: practicesOf(loaded.content), profiles, editBase };
}

function practiceExtras(practice: Practice, { loaded, all, profiles }: PageContext): PracticeExtras {
  return {
    kind: "practice",
    // Freshness is judged on the day of the build; the site is rebuilt whenever content changes.
    ...domain.practiceFacts(practice, { hasPage: (id) => profiles.has(id) }),
    related: loaded.indexer.relatedPractices(practice, all).map(cardOf),
    similar: loaded.indexer.similarElsewhere(practice, all).map(cardOf),
  };
}

export async function practicePageData(entry: Entry<Practice>, context: PageContext): Promise<PracticePageData> {
  const practice = entry.data;
  const { html, toc } = await renderBody(entry.body);
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    period: practice.period,
    partners: [...(practice.partners ?? [])],
    contact: practice.contact,
    extras: practiceExtras(practice, context),
    body: html,
    toc,
    editUrl: `${context.editBase}/${practiceFilePath(practice.id, practice.municipalities)}`,
  };
}
