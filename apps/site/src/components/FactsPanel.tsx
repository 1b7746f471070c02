import Link from "@docusaurus/Link";
import type { ReactNode } from "react";
import type { PracticeExtras, Term } from "../plugins/kunskapsbanken/types";
import { formatDate } from "../lib/format";

interface Props {
  extras: PracticeExtras;
  period: { start: number; end?: number };
  partners: readonly string[];
  contact: { role: string; organisation: string };
  lastReviewed: string;
}

function Terms({ terms, basePath }: { terms: readonly Term[]; basePath?: string }) {
  return (
    <>
      {terms.map((term, i) => (
        <span key={term.id}>
          {i > 0 && ", "}
          {basePath ? <Link to={`${basePath}/${term.id}`}>{term.label}</Link> : term.label}
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
export default function FactsPanel({ extras, period, partners, contact, lastReviewed }: Props) {
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
              {m.hasPage ? <Link to={`/kommun/${m.id}`}>{m.label}</Link> : m.label}
            </span>
          ))}
        </Row>
        <Row label="Ämnen">
          <Terms terms={extras.topics} basePath="/amne" />
        </Row>
        <Row label="Målgrupper">
          <Terms terms={extras.targetGroups} basePath="/malgrupp" />
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
                <cite>{source.title}</cite>, {source.section}
                {source.page ? `, s. ${source.page}` : ""}
              </li>
            ))}
          </ul>
        </Row>
        <Row label="Senast granskad">
          <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
        </Row>
      </dl>
      {extras.dueForReview && (
        <p className="facts-panel__review" role="note">
          <strong>Behöver granskas.</strong> Uppgifterna granskades för mer än {extras.dueForReview} sedan och kan vara inaktuella.
          Hör gärna av dig till kontakten ovan eller föreslå en ändring.
        </p>
      )}
    </aside>
  );
}
