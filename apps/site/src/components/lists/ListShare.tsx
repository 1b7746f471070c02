import { useState } from "react";
import QrCode from "../collections/QrCode";

interface Props {
  /** The list's full address, with notes: to paste into an invitation. */
  url: string;
  /** The list's short address (ids and title), which the QR code holds. */
  qrLink: string;
  qrSvg: string | undefined;
}

/** The link to share, a button to copy it, the list's QR code and a button to print the handout. */
export default function ListShare({ url, qrLink, qrSvg }: Props) {
  const [copied, setCopied] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Länken är kopierad.");
    } catch {
      setCopied("Kunde inte kopiera. Markera länken och kopiera den själv.");
    }
  };
  return (
    <section className="list-share" aria-labelledby="dela-listan">
      <h2 id="dela-listan">Dela och skriv ut</h2>
      <div className="list-share__body">
        <div className="list-share__text">
          <label htmlFor="listans-lank">Länk till listan, med rubrik och anteckningar</label>
          <input id="listans-lank" type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
          <p className="list-share__buttons">
            <button type="button" className="button button--secondary" onClick={copy}>
              Kopiera länken
            </button>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              Skriv ut med QR-koder
            </button>
          </p>
          <p role="status">{copied}</p>
          <p className="list-share__hint">
            Listan finns i länken: klistra in den i en kallelse, så ser mottagarna samma lista. Den sparas också i den här webbläsaren.
            QR-koden leder till listan med rubrik och exempel i samma ordning.
          </p>
        </div>
        {qrSvg && <QrCode svg={qrSvg} link={qrLink} />}
      </div>
    </section>
  );
}
