import Link from "@docusaurus/Link";
import { practicePath } from "../../lib/format";
import { LIST_BOUNDS, type ListItem } from "./meetingList";
import type { PracticeInfo } from "./usePractices";

interface Props {
  item: ListItem;
  number: number;
  total: number;
  practice: PracticeInfo | undefined;
  /** Undefined while the practices load; false when the id is not a practice on the site. */
  known: boolean | undefined;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onNote: (note: string) => void;
  /** Lets the page put focus back on a button after the row has moved. */
  buttonRef: (name: "up" | "down", element: HTMLButtonElement | null) => void;
}

/** One practice on the list: its place, title, a note, and buttons to move or remove it. */
export default function ListItemRow({ item, number, total, practice, known, onMove, onRemove, onNote, buttonRef }: Props) {
  const title = practice?.title ?? (known === false ? `Okänt exempel (${item.id})` : item.id);
  const noteId = `anteckning-${item.id}`;
  return (
    <li className="meeting-list__item" data-id={item.id}>
      <div className="meeting-list__head">
        <span className="meeting-list__number" aria-hidden="true">
          {number}.
        </span>
        <div className="meeting-list__text">
          <h3 className="meeting-list__title">{known === false ? title : <Link to={practicePath(item.id)}>{title}</Link>}</h3>
          {practice && <p className="meeting-list__places">{practice.places.join(", ")}</p>}
          {known === false && <p className="meeting-list__places">Exemplet finns inte längre på webbplatsen. Ta bort det ur listan.</p>}
        </div>
      </div>
      <label htmlFor={noteId} className="meeting-list__label">
        Anteckning till nummer {number} <span className="meeting-list__hint">(varför det tas upp, vad man kan fråga om)</span>
      </label>
      <textarea id={noteId} rows={2} maxLength={LIST_BOUNDS.note} value={item.note} onChange={(event) => onNote(event.target.value)} />
      <div className="meeting-list__buttons" role="group" aria-label={`Flytta eller ta bort: ${title}`}>
        <button
          type="button"
          className="button button--sm button--secondary"
          ref={(element) => buttonRef("up", element)}
          disabled={number === 1}
          aria-label={`Flytta upp: ${title}`}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span> Flytta upp
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          ref={(element) => buttonRef("down", element)}
          disabled={number === total}
          aria-label={`Flytta ner: ${title}`}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span> Flytta ner
        </button>
        <button
          type="button"
          className="button button--sm button--secondary meeting-list__remove"
          aria-label={`Ta bort ur listan: ${title}`}
          onClick={onRemove}
        >
          Ta bort
        </button>
      </div>
    </li>
  );
}
