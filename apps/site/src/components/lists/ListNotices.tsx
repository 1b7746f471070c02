// Tells the reader what /lista did not take from the address or from this browser: values
// too long or unreadable, ids that are malformed, and practices that were not found. Nothing
// is dropped without a word, and what was written is shown, so it can be copied.
import { LIST_BOUNDS, MAX_ITEMS, type DroppedValue, type ListItem } from "./meetingList";

const fieldNames: Record<DroppedValue["field"], string> = {
  title: "Rubriken",
  event: "Mötet",
  date: "Datumet",
  introduction: "Inledningen",
  note: "Anteckningen",
  id: "Id",
};

function reasonOf(dropped: DroppedValue): string {
  switch (dropped.reason) {
    case "too-long":
      return dropped.field === "id" ? "är för långt" : `är för lång (högst ${LIST_BOUNDS[dropped.field]} tecken)`;
    case "unreadable":
      return "kunde inte läsas: den är felaktigt kodad i adressen";
    case "too-many":
      return `fick inte plats: en lista har högst ${MAX_ITEMS} exempel`;
    default:
      return dropped.field === "date" ? "är inte ett datum (ÅÅÅÅ-MM-DD)" : "är inte ett giltigt id";
  }
}

export default function ListNotices({ dropped, notFound }: { dropped: readonly DroppedValue[]; notFound: readonly ListItem[] }) {
  if (dropped.length === 0 && notFound.length === 0) return null;
  return (
    <div className="alert alert--warning margin-bottom--md list-notices" role="alert" style={{ overflowWrap: "anywhere" }}>
      {dropped.length > 0 && (
        <>
          <p>Det här kom inte med i listan:</p>
          <ul>
            {dropped.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the notices never change order; two can be alike.
              <li key={index}>
                {fieldNames[item.field]}
                {item.id ? ` till ${item.id}` : ""} {reasonOf(item)}
                {item.value && (
                  <>
                    : <q className="list-notices__value">{item.value}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {notFound.length > 0 && (
        <>
          <p>Hittades inte i Kunskapsbanken, och togs därför bort ur listan:</p>
          <ul className="list-notices__not-found">
            {notFound.map((item) => (
              <li key={item.id}>
                <code>{item.id}</code> hittades inte
                {item.note && (
                  <>
                    {" "}
                    (anteckning: <q>{item.note}</q>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
