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

function practiceExtras(practice: Practice, { content, indexer }: Loaded): PracticeExtras {
  const profiles = new Set(content.profiles.map((entry) => entry.data.id));
  const all = practicesOf(content);
  return {
    kind: "practice",
    // Freshness is judged on the day of the build; the site is rebuilt whenever content changes.
    ...domain.practiceFacts(practice, { hasPage: (id) => profiles.has(id) }),
    related: indexer.relatedPractices(practice, all).map(cardOf),
    similar: indexer.similarElsewhere(practice, all).map(cardOf),
  };
}

/** `editBase` is GitHub's edit address of the content folder (lib/siteAddress.ts). */
export async function practicePageData(entry: Entry<Practice>, loaded: Loaded, editBase: string): Promise<PracticePageData> {
  const practice = entry.data;
  const { html, toc } = await renderBody(entry.body);
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    period: practice.period,
    partners: [...(practice.partners ?? [])],
    contact: practice.contact,
    extras: practiceExtras(practice, loaded),
    body: html,
    toc,
    editUrl: `${editBase}/${practiceFilePath(practice.id, practice.municipalities)}`,
  };
}
