// The place of a practice on /bidra: a search box with a list of suggestions (the WAI-ARIA
// combobox pattern) over the 290 municipalities, the 21 counties and the whole country, and
// the places chosen so far as buttons that remove them. The keyboard does everything: type,
// arrow keys through the list, Enter to choose, Escape to close the list or empty the box.
import { type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { type Place, places } from "@kunskapsbanken/content-schema";
import { placeById, placeOptionLabel, searchPlaces } from "../../lib/contribute/places";
import { controlProps, Field, type FieldProps, inputId } from "./Fields";
import styles from "./contribute.module.css";

/** Offered on the arrow key before anything is typed: the whole country and the counties. */
const widePlaces = [...places.filter((place) => place.kind === "land"), ...places.filter((place) => place.kind === "län")];

interface Props extends FieldProps {
  /** Place ids in the order chosen. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

const hits = (count: number) => (count === 1 ? "1 träff" : `${count} träffar`);

export default function PlacePicker(props: Props) {
  const { fieldKey, selected, onChange } = props;
  const id = inputId(fieldKey);
  const listId = `${id}-lista`;
  const optionId = (index: number) => `${id}-forslag-${index}`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState("");

  const options = useMemo(
    () => (query.trim() === "" ? widePlaces : searchPlaces(query)).filter((place) => !selected.includes(place.id)),
    [query, selected],
  );
  const expanded = open && options.length > 0;

  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (place: Place) => {
    onChange([...selected, place.id]);
    setQuery("");
    close();
    setSaid(`${place.name} är vald.`);
  };
  const remove = (place: Place) => {
    onChange(selected.filter((chosen) => chosen !== place.id));
    setSaid(`${place.name} är borttagen.`);
    document.getElementById(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (count === 0) return;
        const down = event.key === "ArrowDown";
        setOpen(true);
        // Alt+ArrowDown only opens the list; otherwise move through it, round at the ends.
        if (!expanded || event.altKey) setActive(event.altKey ? -1 : down ? 0 : count - 1);
        else setActive(down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
        return;
      }
      case "Enter": {
        // Enter never sends the form from here: it chooses the highlighted place, or the only or best one typed for.
        if (query.trim() === "" && !expanded) return;
        event.preventDefault();
        const place = expanded ? options[Math.max(active, 0)] : undefined;
        if (place) choose(place);
        return;
      }
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query !== "") {
          event.preventDefault();
          setQuery("");
          close();
        }
        return;
      case "Tab":
        close();
        return;
    }
  };

  const chosen = selected.map(placeById).filter((place): place is Place => place !== undefined);
  const status = open
    ? options.length > 0
      ? `${hits(options.length)}. Bläddra med pil upp och pil ner, välj med Enter.`
      : `Ingen kommun, inget län heter ”${query.trim()}”.`
    : said;

  return (
    <Field {...props}>
      <div className={styles.combobox}>
        <input
          {...controlProps(props)}
          className={styles.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(event.target.value.trim() !== "");
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {/* The WAI-ARIA combobox pattern: focus stays in the input, which points at the active option. */}
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options is that pattern */}
        <ul id={listId} role="listbox" aria-label="Förslag på platser" className={styles.listbox} hidden={!expanded}>
          {options.map((place, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached with aria-activedescendant, not focus
            <li
              key={place.id}
              id={optionId(index)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above
              role="option"
              aria-selected={index === active}
              className={index === active ? styles.optionActive : styles.option}
              // Chosen on mouse down, so the focus stays in the search box.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(place);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {placeOptionLabel(place)}
            </li>
          ))}
        </ul>
      </div>
      {open && options.length === 0 && query.trim() !== "" && (
        <p className={styles.help}>Ingen kommun, inget län heter ”{query.trim()}”. Prova början av namnet.</p>
      )}
      {chosen.length > 0 && (
        <>
          <p className={styles.chosenTitle} id={`${id}-valda`}>
            Valda platser:
          </p>
          <ul className={styles.chips} aria-labelledby={`${id}-valda`}>
            {chosen.map((place) => (
              <li key={place.id} className={styles.chip}>
                <span>{placeOptionLabel(place)}</span>
                <button type="button" className={styles.chipRemove} onClick={() => remove(place)}>
                  Ta bort<span className="sr-only"> {place.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </Field>
  );
}
