// Open data: every practice as JSON and CSV, and an Atom feed of new and updated practices.
import type { Practice } from "@kunskapsbanken/content-schema";

export interface OpenPractice {
  id: string;
  title: string;
  summary: string;
  municipalities: string[];
  topics: string[];
  targetGroups: string[];
  status: string;
  periodStart: number;
  periodEnd: number | null;
  funding: string[];
  lastReviewed: string;
  url: string;
}

export const practiceUrl = (siteUrl: string, id: string) => `${siteUrl}/praktik/${id}`;

export function openPracticeOf(practice: Practice, siteUrl: string): OpenPractice {
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    municipalities: practice.municipalities,
    topics: practice.topics,
    targetGroups: practice.targetGroups,
    status: practice.status,
    periodStart: practice.period.start,
    periodEnd: practice.period.end ?? null,
    funding: practice.funding,
    lastReviewed: practice.lastReviewed,
    url: practiceUrl(siteUrl, practice.id),
  };
}

const csvColumns = [
  "id", "title", "summary", "municipalities", "topics", "targetGroups", "status", "periodStart", "periodEnd", "funding", "lastReviewed", "url",
] as const satisfies readonly (keyof OpenPractice)[];

function csvCell(value: OpenPractice[keyof OpenPractice]): string {
  const text = Array.isArray(value) ? value.join(";") : value === null ? "" : String(value);
  return /[",\r\n;]/.test(text) || Array.isArray(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV; list fields are joined with ";". */
export function toCsv(practices: readonly OpenPractice[]): string {
  const rows = [csvColumns.join(","), ...practices.map((p) => csvColumns.map((column) => csvCell(p[column])).join(","))];
  return `${rows.join("\r\n")}\r\n`;
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Atom feed, newest review first. */
export function toAtom(practices: readonly OpenPractice[], siteUrl: string, title: string): string {
  const sorted = [...practices].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.id.localeCompare(b.id));
  const updated = sorted[0]?.lastReviewed ?? "1970-01-01";
  const entries = sorted.map(
    (p) => `  <entry>
    <id>${xml(p.url)}</id>
    <title>${xml(p.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(p.url)}"/>
    <updated>${p.lastReviewed}T00:00:00Z</updated>
    <summary>${xml(p.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${xml(siteUrl)}/</id>
  <title>${xml(title)} – nya och ändrade exempel</title>
  <link rel="self" type="application/atom+xml" href="${xml(siteUrl)}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${xml(siteUrl)}/"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${xml(title)}</name></author>
${entries.join("\n")}
</feed>
`;
}
