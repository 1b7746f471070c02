// The sources of a practice on /bidra: a document already in Kunskapsbanken, or the
// contributor's own report or page.
import { sourceDocuments } from "@kunskapsbanken/content-schema";
import { emptySource, type SourceState } from "../../lib/contribute/state";
import { inputId, Messages, TextField } from "./Fields";
import styles from "./contribute.module.css";
import type { FormState } from "../../lib/contribute/state";
import type { Shown, Update } from "./useContributeForm";

interface Props {
  state: FormState;
  shown: Shown;
  update: Update;
  setSource: (index: number, change: Partial<SourceState>, ...fields: string[]) => void;
}

export default function SourceFields({ state, shown, update, setSource }: Props) {
  return (
    <>
      <h2>Källor</h2>
      <p className={styles.help}>
        Var kan en läsare kontrollera uppgifterna? Kommunens egen rapport eller webbsida går bra: skriv titel, adress och år.
      </p>
      <Messages fieldKey="sources" messages={shown("sources")} />
      {state.sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a source has no id of its own; every input in it is controlled, so a shifted key loses nothing.
        <fieldset key={index} className={styles.source} id={inputId(`sources.${index}`)} tabIndex={-1}>
          <legend className={styles.label}>Källa {index + 1}</legend>
          <Messages fieldKey={`sources.${index}`} messages={shown(`sources.${index}`)} />
          <div className={styles.choices} role="radiogroup" aria-label={`Vilken sorts källa är källa ${index + 1}?`}>
            <div className={styles.choice}>
              <input
                type="radio"
                id={`kalla-${index}-egen`}
                name={`kalla-${index}-sort`}
                checked={source.kind === "own"}
                onChange={() => setSource(index, { kind: "own" })}
              />
              <label htmlFor={`kalla-${index}-egen`}>En egen källa: rapport, protokoll eller webbsida</label>
            </div>
            <div className={styles.choice}>
              <input
                type="radio"
                id={`kalla-${index}-dokument`}
                name={`kalla-${index}-sort`}
                checked={source.kind === "document"}
                onChange={() => setSource(index, { kind: "document", document: source.document || sourceDocuments[0]?.id || "" })}
              />
              <label htmlFor={`kalla-${index}-dokument`}>Ett dokument som redan finns i Kunskapsbanken</label>
            </div>
          </div>
          {source.kind === "own" ? (
            <>
              <TextField
                fieldKey={`sources.${index}.title`}
                label="Titel"
                required
                help="T.ex. ”Integrationsplan 2024–2027”."
                messages={shown(`sources.${index}.title`)}
                value={source.title}
                onChange={(title) => setSource(index, { title }, "title")}
              />
              <TextField
                fieldKey={`sources.${index}.url`}
                label="Webbadress"
                required
                type="url"
                inputMode="url"
                help="Hela adressen, som börjar med https://"
                messages={shown(`sources.${index}.url`)}
                value={source.url}
                onChange={(url) => setSource(index, { url }, "url")}
              />
              <div className={styles.row}>
                <TextField
                  fieldKey={`sources.${index}.year`}
                  label="År"
                  required
                  inputMode="numeric"
                  messages={shown(`sources.${index}.year`)}
                  value={source.year}
                  onChange={(year) => setSource(index, { year }, "year")}
                />
                <TextField
                  fieldKey={`sources.${index}.section`}
                  label="Avsnitt"
                  help="T.ex. ”Kapitel 3”."
                  messages={shown(`sources.${index}.section`)}
                  value={source.section}
                  onChange={(section) => setSource(index, { section }, "section")}
                />
              </div>
            </>
          ) : (
            <>
              <div className={styles.field}>
                <label className={styles.label} htmlFor={inputId(`sources.${index}.document`)}>
                  Dokument
                </label>
                <Messages fieldKey={`sources.${index}.document`} messages={shown(`sources.${index}.document`)} />
                <select
                  id={inputId(`sources.${index}.document`)}
                  className={styles.input}
                  value={source.document}
                  onChange={(event) => setSource(index, { document: event.target.value }, "document")}
                >
                  {sourceDocuments.map((document) => (
                    <option key={document.id} value={document.id}>
                      {document.publisher}: {document.title} ({document.year})
                    </option>
                  ))}
                </select>
              </div>
              <div className={styles.row}>
                <TextField
                  fieldKey={`sources.${index}.section`}
                  label="Avsnitt"
                  required
                  help="T.ex. ”Bilaga 2, Flens kommun”."
                  messages={shown(`sources.${index}.section`)}
                  value={source.section}
                  onChange={(section) => setSource(index, { section }, "section")}
                />
                <TextField
                  fieldKey={`sources.${index}.page`}
                  label="Sida"
                  inputMode="numeric"
                  messages={shown(`sources.${index}.page`)}
                  value={source.page}
                  onChange={(page) => setSource(index, { page }, "page")}
                />
              </div>
            </>
          )}
          {state.sources.length > 1 && (
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => update({ sources: state.sources.filter((_, i) => i !== index) })}
            >
              Ta bort källa {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => update({ sources: [...state.sources, emptySource("own")] })}
      >
        Lägg till en källa
      </button>
    </>
  );
}
