// The table of contents of a municipality page: the sections the page adds around the
// Markdown (its practices first, then figures) are listed with the Markdown's own headings.

export interface TocEntry {
  /** HTML, as the docs plugin gives it: text is escaped. */
  value: string;
  id: string;
  level: number;
}

/** Anchors of the sections a municipality page adds; the page and its TOC share them. */
export const profileAnchors = {
  practices: "kommunens-exempel",
  figures: "siffror",
  successFactors: "framgangsfaktorer",
  challenges: "utmaningar",
} as const;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "Goda exempel från Flen (5)": the heading of a municipality's own practices, with the count. */
export const practicesHeading = (name: string, count: number) => `Goda exempel från ${name} (${count})`;

export interface ProfileSections {
  name: string;
  practiceCount: number;
  hasFigures: boolean;
  hasSuccessFactors: boolean;
  hasChallenges: boolean;
}

/** The page's TOC: practices, figures, the Markdown's headings, success factors, challenges. */
export function profileToc(sections: ProfileSections, markdownToc: readonly TocEntry[]): TocEntry[] {
  const entry = (id: string, text: string): TocEntry => ({ value: escapeHtml(text), id, level: 2 });
  return [
    entry(profileAnchors.practices, practicesHeading(sections.name, sections.practiceCount)),
    ...(sections.hasFigures ? [entry(profileAnchors.figures, "Mottagandet i siffror")] : []),
    ...markdownToc,
    ...(sections.hasSuccessFactors ? [entry(profileAnchors.successFactors, "Framgångsfaktorer")] : []),
    ...(sections.hasChallenges ? [entry(profileAnchors.challenges, "Utmaningar")] : []),
  ];
}
