// The open data as files: JSON, JSON Lines (one record a line, for streaming and merging),
// CSV for spreadsheets and an Atom feed of new and confirmed practices.
import { statusAsOf } from "@kunskapsbanken/domain";
import { toCsv } from "./csv.js";
import type { Labelled, OpenPractice } from "./records.js";
import { xmlText } from "./xml.js";

export function toJson(practices: readonly OpenPractice[]): string {
  return `${JSON.stringify(practices, null, 2)}\n`;
}

export function toJsonLines(practices: readonly OpenPractice[]): string {
  return practices.map((p) => `${JSON.stringify(p)}\n`).join("");
}

const ids = (terms: readonly Labelled[]) => terms.map((t) => t.id).join(", ");
const labels = (terms: readonly Labelled[]) => terms.map((t) => t.label).join(", ");
/** SCB codes, kept as text so Excel keeps the leading zero of 0114. */
const codes = (values: readonly (string | null)[]) => values.filter((v): v is string => v !== null).join(", ");

/** The columns of the CSV: Swedish headings, and labels next to the ids. */
const columns: readonly [heading: string, value: (p: OpenPractice) => string][] = [
  ["id", (p) => p.id],
  ["Rubrik", (p) => p.title],
  ["Sammanfattning", (p) => p.summary],
  ["Kommuner", (p) => labels(p.municipalities)],
  ["Kommun-id", (p) => ids(p.municipalities)],
  ["Kommunkod", (p) => codes(p.municipalities.map((m) => m.kommunkod))],
  ["Län", (p) => labels(p.counties)],
  ["Länskod", (p) => codes(p.counties.map((c) => c.code))],
  ["Organisationstyp", (p) => p.organiserType?.label ?? ""],
  ["Ämnen", (p) => labels(p.topics)],
  ["Ämnes-id", (p) => ids(p.topics)],
  ["Målgrupper", (p) => labels(p.targetGroups)],
  ["Målgrupps-id", (p) => ids(p.targetGroups)],
  ["Status", (p) => p.status.label],
  ["Status-id", (p) => p.status.id],
  ["Uppgifter från", (p) => p.asOf],
  ["Bekräftad", (p) => (p.confirmed ? `${p.confirmed.date} av ${p.confirmed.role}, ${p.confirmed.organisation}` : "aldrig")],
  ["Startår", (p) => String(p.periodStart)],
  ["Slutår", (p) => (p.periodEnd === null ? "" : String(p.periodEnd))],
  ["Finansiering", (p) => labels(p.funding)],
  ["Finansierings-id", (p) => ids(p.funding)],
  ["Kontaktroll", (p) => `${p.contact.role}, ${p.contact.organisation}`],
  ["Adress", (p) => p.url],
];

export const CSV_HEADINGS = columns.map(([heading]) => heading);

export function toSpreadsheet(practices: readonly OpenPractice[]): string {
  return toCsv(
    CSV_HEADINGS,
    practices.map((p) => columns.map(([, value]) => value(p))),
  );
}

/** Newest first: a practice is new again when its organisation confirms it. */
const latestDate = (p: OpenPractice) => (p.confirmed && p.confirmed.date > p.asOf ? p.confirmed.date : p.asOf);
/** Atom wants a full timestamp; a month means its first day. */
const timestamp = (date: string) => `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

export function toAtom(practices: readonly OpenPractice[], siteUrl: string, title: string): string {
  const base = siteUrl.replace(/\/+$/, "");
  const sorted = [...practices].sort((a, b) => latestDate(b).localeCompare(latestDate(a)) || a.id.localeCompare(b.id));
  const updated = sorted[0] ? latestDate(sorted[0]) : "1970-01-01";
  const entries = sorted.map(
    (p) => `  <entry>
    <id>${xmlText(p.url)}</id>
    <title>${xmlText(p.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(p.url)}"/>
    <updated>${timestamp(latestDate(p))}</updated>
    <summary>${xmlText(`${p.summary} (${statusAsOf(p.status.label, p.asOf)}${p.confirmed ? `, bekräftad ${p.confirmed.date}` : ", inte bekräftad sedan dess"}.)`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${xmlText(base)}/</id>
  <title>${xmlText(title)} – nya och bekräftade exempel</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(base)}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${xmlText(base)}/"/>
  <updated>${timestamp(updated)}</updated>
  <author><name>${xmlText(title)}</name></author>
${entries.join("\n")}
</feed>
`;
}
