// Adds, to every hit that SearchResults renders, the "Lägg till i lista" button and the
// short link printed on paper. SearchResults stays presentation of the search alone: the
// extras are portalled into a slot appended to each `.search-results > li[data-id]`.
import { useLayoutEffect, useState, type RefObject } from "react";
import { createPortal } from "react-dom";
import AddToListButton from "../lists/AddToListButton";
import { useShortLink } from "../useAbsoluteUrl";

interface Props {
  /** The element that contains SearchResults' list. */
  container: RefObject<HTMLElement | null>;
  /** The hits as shown, in order; a new array whenever the list changes. */
  hits: readonly { id: string; title: string }[];
}

export default function HitExtras({ container, hits }: Props) {
  const shortLink = useShortLink();
  const [slots, setSlots] = useState<[string, HTMLElement][]>([]);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return undefined;
    const created = Array.from(root.querySelectorAll<HTMLElement>(".search-results > li[data-id]")).map((item): [string, HTMLElement] => {
      const slot = document.createElement("div");
      slot.className = "practice-card__extras";
      item.appendChild(slot);
      return [item.dataset.id ?? "", slot];
    });
    setSlots(created);
    return () => created.forEach(([, slot]) => slot.remove());
  }, [container, hits]);

  const titles = new Map(hits.map((hit) => [hit.id, hit.title]));
  return (
    <>
      {slots.map(([id, slot]) =>
        createPortal(
          <>
            <p className="print-only practice-card__shortlink">{shortLink(id)}</p>
            <AddToListButton id={id} title={titles.get(id) ?? id} />
          </>,
          slot,
          id,
        ),
      )}
    </>
  );
}
