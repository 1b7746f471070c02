import Link from "@docusaurus/Link";
import Heading from "@theme/Heading";
import type { PracticeCard } from "../plugins/kunskapsbanken/types";
import { practicePath } from "../lib/format";
import { formatMonth } from "@kunskapsbanken/domain";
import AddToListButton from "./lists/AddToListButton";
import { useShortLink } from "./useAbsoluteUrl";

interface Props {
  practices: readonly PracticeCard[];
  headingLevel?: "h2" | "h3";
  emptyText?: string;
  /** A "Lägg till i lista" button on every practice (browse pages; not the related practices). */
  withListButtons?: boolean;
}

/** Plain links to practices, rendered on the server so they work without JavaScript; printed with each short link. */
export default function PracticeList({ practices, headingLevel = "h3", emptyText = "Inga exempel ännu.", withListButtons = false }: Props) {
  const shortLink = useShortLink();
  if (practices.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="practice-list">
      {practices.map((practice) => (
        <li key={practice.id} className="practice-card" data-id={practice.id}>
          <Heading as={headingLevel} className="practice-card__title">
            <Link to={practicePath(practice.id)}>{practice.title}</Link>
          </Heading>
          <p className="practice-card__summary">{practice.summary}</p>
          <p className="practice-card__meta">
            <span>{practice.municipalities.join(", ")}</span> · <span>{practice.status}</span> ·{" "}
            <span>{practice.confirmed ? `bekräftat ${formatMonth(practice.latest)}` : "inte bekräftat sedan dess"}</span>
          </p>
          <p className="print-only practice-card__shortlink">{shortLink(practice.id)}</p>
          {withListButtons && <AddToListButton id={practice.id} title={practice.title} />}
        </li>
      ))}
    </ul>
  );
}
