import { useState } from "react";
import Link from "@docusaurus/Link";
import useIsBrowser from "@docusaurus/useIsBrowser";
import { addItem, hasItem, isFull, listPathOf, MAX_ITEMS, removeItem } from "./meetingList";
import { useStoredList } from "./listStore";

interface Props {
  id: string;
  /** The practice's title: part of the button's accessible name when a page has many buttons. */
  title: string;
}

/**
 * "Lägg till i lista" for one practice. The list is kept in localStorage until the reader
 * opens it on /lista. Rendered only in the browser: without JavaScript there is no list.
 */
export default function AddToListButton({ id, title }: Props) {
  const isBrowser = useIsBrowser();
  const [list, setList] = useStoredList();
  const [message, setMessage] = useState("");
  if (!isBrowser) return null;
  const added = hasItem(list, id);
  const count = list.items.length;
  const toggle = () => {
    const next = added ? removeItem(list, id) : addItem(list, id);
    setList(next);
    setMessage(
      added
        ? `Borttagen ur listan. Listan har ${countText(next.items.length)}.`
        : `Tillagd i listan. Listan har ${countText(next.items.length)}.`,
    );
  };
  return (
    <div className="add-to-list" data-list-id={id}>
      <button
        type="button"
        className={`button button--sm ${added ? "button--secondary" : "button--primary"}`}
        aria-label={`${added ? "Ta bort ur listan" : "Lägg till i lista"}: ${title}`}
        disabled={!added && isFull(list)}
        onClick={toggle}
      >
        {added ? "Ta bort ur listan" : !added && isFull(list) ? `Listan är full (${MAX_ITEMS})` : "Lägg till i lista"}
      </button>
      {added && (
        <Link to={listPathOf(list)} className="add-to-list__link">
          Visa listan ({countText(count)})
        </Link>
      )}
      <span role="status" className="sr-only">
        {message}
      </span>
    </div>
  );
}

const countText = (n: number) => (n === 1 ? "1 exempel" : `${n} exempel`);
