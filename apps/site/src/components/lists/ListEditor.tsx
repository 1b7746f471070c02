import { useEffect, useRef, useState } from "react";
import ListItemRow from "./ListItemRow";
import { moveItem, removeItem, setNote, type MeetingList } from "./meetingList";
import type { PracticeInfo } from "./usePractices";

interface Props {
  list: MeetingList;
  practices: Map<string, PracticeInfo> | undefined;
  onChange: (list: MeetingList) => void;
}

/**
 * The list's practices in agenda order, each with its note and buttons to move it. After a
 * move, focus stays on the moved practice's button and a status line says where it went.
 */
export default function ListEditor({ list, practices, onChange }: Props) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Moving a row re-inserts it in the DOM, which drops focus; it is put back once the list shows the move.
  const [pendingFocus, setPendingFocus] = useState<{ id: string; name: "up" | "down"; place: number } | undefined>();
  const [announcement, setAnnouncement] = useState("");
  const titleOf = (id: string) => practices?.get(id)?.title ?? id;

  useEffect(() => {
    if (!pendingFocus) return;
    const { id, name, place } = pendingFocus;
    if (list.items[place]?.id !== id) return;
    const wanted = buttons.current.get(`${id}:${name}`);
    // At the top or bottom the pressed button is disabled: the other one takes the focus.
    const fallback = buttons.current.get(`${id}:${name === "up" ? "down" : "up"}`);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, list]);

  const move = (id: string, delta: number) => {
    const next = moveItem(list, id, delta);
    onChange(next);
    const place = next.items.findIndex((item) => item.id === id);
    setAnnouncement(`${titleOf(id)} är nu nummer ${place + 1} av ${next.items.length}.`);
    setPendingFocus({ id, name: delta < 0 ? "up" : "down", place });
  };

  const remove = (id: string) => {
    onChange(removeItem(list, id));
    setAnnouncement(`${titleOf(id)} togs bort ur listan.`);
  };

  return (
    <>
      <ol className="meeting-list">
        {list.items.map((item, index) => (
          <ListItemRow
            key={item.id}
            item={item}
            number={index + 1}
            total={list.items.length}
            practice={practices?.get(item.id)}
            known={practices ? practices.has(item.id) : undefined}
            onMove={(delta) => move(item.id, delta)}
            onRemove={() => remove(item.id)}
            onNote={(note) => onChange(setNote(list, item.id, note))}
            buttonRef={(name, element) => {
              const key = `${item.id}:${name}`;
              if (element) buttons.current.set(key, element);
              else buttons.current.delete(key);
            }}
          />
        ))}
      </ol>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
