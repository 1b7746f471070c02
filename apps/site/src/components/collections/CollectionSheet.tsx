import type { ReactNode } from "react";
import QrCode from "./QrCode";
import styles from "./collections.module.css";

/** One practice on a printed agenda. */
export interface SheetItem {
  number: number;
  id: string;
  title: string;
  places: readonly string[];
  /** The status with the date it describes, e.g. "Pågående enligt uppgifter från september 2017". */
  status: string | undefined;
  note: string;
  /** The short link the QR code holds, absolute. */
  permalink: string;
  /** The QR code as an SVG document; while it is being made in the browser, undefined. */
  qrSvg: string | undefined;
}

interface Props {
  kicker?: ReactNode;
  title: string;
  introduction?: string;
  items: readonly SheetItem[];
  footer: ReactNode;
  className?: string;
}

/**
 * The agenda sheet handed out at a meeting: one row per practice with its note, its short
 * link and a QR code to it. Shared by the collections and the lists made in the browser.
 */
export default function CollectionSheet({ kicker, title, introduction, items, footer, className }: Props) {
  return (
    <div className={`${styles.sheet} ${className ?? ""}`}>
      <header>
        {kicker && <p className={styles.kicker}>{kicker}</p>}
        <h1 className={styles.sheetTitle}>{title}</h1>
        {introduction && <p>{introduction}</p>}
      </header>
      <ol className={styles.sheetList}>
        {items.map((item) => (
          <li key={item.id} className={styles.sheetItem} data-practice-id={item.id}>
            <div className={styles.sheetText}>
              <h2 className={styles.sheetItemTitle}>
                <span className={styles.number}>{item.number}.</span> {item.title}
              </h2>
              <p className={styles.places}>{[item.places.join(", "), item.status].filter(Boolean).join(" · ")}</p>
              {item.note && <p>{item.note}</p>}
              <p className={styles.link}>{item.permalink}</p>
            </div>
            {item.qrSvg && <QrCode svg={item.qrSvg} link={item.permalink} />}
          </li>
        ))}
      </ol>
      <footer className={styles.sheetFooter}>{footer}</footer>
    </div>
  );
}
