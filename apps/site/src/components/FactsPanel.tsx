import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { PracticeExtras, Term } from "../plugins/kunskapsbanken/types";
import { formatDate } from "../lib/format";
import { municipalityPath, targetGroupPath, topicPath } from "@kunskapsbanken/domain";

interface Props {
  extras: PracticeExtras;
  period: { start: number; end?: number };
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

/** The facts of a practice, shown beside the text and kept when printing. */
export default function FactsPanel({ extras, period, partners, contact }: Props) {
  return (
    <aside className="facts-panel" aria-labelledby="fakta-rubrik">
      <h2 id="fakta-rubrik" className="facts-panel__title">
        Fakta
      </h2>
      <dl>
        <Row label={extras.municipalities.length > 1 ? "Kommuner" : "Kommun"}>
          {extras.municipalities.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ", "}
              {m.hasPage ? <Link to={municipalityPath(m.id)}>{m.label}</Link> : m.label}
            </span>
          ))}
        </Row>
        <Row label="Ämnen">
          <Terms terms={extras.topics} pathOf={topicPath} />
        </Row>
        <Row label="Målgrupper">
          <Terms terms={extras.targetGroups} pathOf={targetGroupPath} />
        </Row>
        <Row label="Status">{extras.status}</Row>
        <Row label="Period">{period.end ? `${period.start}–${period.end}` : `Från ${period.start}`}</Row>
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
