import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { PracticeExtras, Term } from "../plugins/kunskapsbanken/types";
import { formatDate } from "../lib/format";
import { countyOf, countyPath, municipalityPath, sitePages, targetGroupPath, topicPath, wholeCountry } from "@kunskapsbanken/domain";
import { placesRowLabel } from "../lib/contribute/places";

interface Props {
  extras: PracticeExtras;
  period: { start: number; startAtLatest?: boolean; end?: number };
  partners: readonly string[];
  contact: { role: string; organisation: string };
}

function Terms({ terms, pathOf }: { terms: readonly Term[]; pathOf?: (id: string) => string }) {
  return (
    <>
      {terms.map((term, i) => (
        <span key={term.id}>
          {i > 0 && ", "}
          {pathOf ? <Link to={pathOf(term.id)}>{term.label}</Link> : term.label}
        </span>
      ))}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "Från 2016", "2016–2018", or for a start year the source does not give: "Startår okänt, fanns senast 2017". */
function periodText({ start, startAtLatest, end }: Props["period"]): string {
  if (startAtLatest) return `Startår okänt, fanns senast ${start}${end ? `, till ${end}` : ""}`;
  return end ? `${start}–${end}` : `Från ${start}`;
}

/** Where a place in the facts links: a municipality with a profile, a county's page, the country's page; else nowhere. */
function placeLink(place: { id: string; hasPage: boolean }): string | undefined {
  if (place.hasPage) return municipalityPath(place.id);
  if (countyOf(place.id)) return countyPath(place.id);
  return place.id === wholeCountry.id ? sitePages.county : undefined;
}

/** The facts of a practice, shown beside the text and kept when printing. */
export default function FactsPanel({ extras, period, partners, contact }: Props) {
  return (
    <aside className="facts-panel" aria-labelledby="fakta-rubrik">
      <h2 id="fakta-rubrik" className="facts-panel__title">
        Fakta
      </h2>
      <dl>
        <Row label={placesRowLabel(extras.municipalities.map((m) => m.id))}>
          {extras.municipalities.map((m, i) => {
            const to = placeLink(m);
            return (
              <span key={m.id}>
                {i > 0 && ", "}
                {to ? <Link to={to}>{m.label}</Link> : m.label}
              </span>
            );
          })}
        </Row>
        <Row label="Ämnen">
          <Terms terms={extras.topics} pathOf={topicPath} />
        </Row>
        <Row label="Målgrupper">
          <Terms terms={extras.targetGroups} pathOf={targetGroupPath} />
        </Row>
        {/* The everyday words readers use for the practice (its sokord), as plain text. */}
        {extras.alsoCalled.length > 0 && <Row label="Kallas också">{extras.alsoCalled.join(", ")}</Row>}
        <Row label="Status">{extras.status}</Row>
        <Row label="Period">{periodText(period)}</Row>
        <Row label="Finansiering">
          <Terms terms={extras.funding} />
        </Row>
        {partners.length > 0 && <Row label="Samarbetspartner">{partners.join(", ")}</Row>}
        <Row label="Kontakt">
          {contact.role}, {contact.organisation}
        </Row>
        <Row label={extras.sources.length > 1 ? "Källor" : "Källa"}>
          <ul className="facts-panel__sources">
            {extras.sources.map((source) => (
              <li key={`${source.title}-${source.section}`}>
                {source.publisher ? `${source.publisher}: ` : ""}
                <cite>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</cite>
                {source.year ? ` (${source.year})` : ""}
                {source.section ? `, ${source.section}` : ""}
                {source.page ? `, s. ${source.page}` : ""}
              </li>
            ))}
          </ul>
        </Row>
        <Row label="Uppgifterna gäller">{extras.asOfMonth}</Row>
        <Row label="Bekräftad">
          {extras.confirmed ? (
            <>
              <time dateTime={extras.confirmed.date}>{formatDate(extras.confirmed.date)}</time> av {extras.confirmed.role},{" "}
              {extras.confirmed.organisation}
            </>
          ) : (
            "Nej, inte av organisationen som driver verksamheten"
          )}
        </Row>
      </dl>
    </aside>
  );
}
