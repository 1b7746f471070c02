import CollectionSheet, { type SheetItem } from "../collections/CollectionSheet";
import QrCode from "../collections/QrCode";
import { formatDate } from "../../lib/format";
import type { MeetingList } from "./meetingList";

interface Props {
  list: MeetingList;
  items: readonly SheetItem[];
  /** The list's short address and its QR code, printed at the foot of the sheet. */
  listLink: string;
  listQrSvg: string | undefined;
}

/** The handout of a list: the same sheet as a collection's, printed instead of the editor. */
export default function ListPrintSheet({ list, items, listLink, listQrSvg }: Props) {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(list.date) ? list.date : "";
  const kicker = list.event || date ? [list.event, date ? formatDate(date) : ""].filter(Boolean).join(" · ") : undefined;
  return (
    <CollectionSheet
      className="print-only list-sheet"
      kicker={kicker}
      title={list.title || "Lista med goda exempel"}
      introduction={list.introduction}
      items={items}
      footer={
        <div className="list-sheet__footer">
          <p>
            Kunskapsbanken – goda exempel på mottagande och etablering av nyanlända. Hela listan:{" "}
            <span className="list-sheet__link">{listLink}</span>
          </p>
          {listQrSvg && <QrCode svg={listQrSvg} link={listLink} />}
        </div>
      }
    />
  );
}
