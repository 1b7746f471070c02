// Tells the contributor that the draft in this browser could not be used as it was, what
// was left out, and where the original is: set aside in this browser, and downloadable.
import type { SetAside } from "./useContributeForm";
import styles from "./contribute.module.css";

function downloadText(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function DraftNotice({ aside }: { aside: SetAside }) {
  return (
    <div className={styles.notice} role="alert" data-testid="utkast-undanlagt">
      {aside.dropped.length === 0 ? (
        <p>Utkastet som var sparat i den här webbläsaren kunde inte läsas, så formuläret börjar från början.</p>
      ) : (
        <>
          <p>Några uppgifter i utkastet kunde inte läsas och är inte med i formuläret:</p>
          <ul>
            {[...new Set(aside.dropped)].map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {aside.text !== "" && (
        <p>
          Det ursprungliga utkastet är sparat undan i den här webbläsaren.{" "}
          <button type="button" className="button button--sm button--secondary" onClick={() => downloadText(aside.text, "utkast.json")}>
            Ladda ner det ursprungliga utkastet
          </button>
        </p>
      )}
    </div>
  );
}
