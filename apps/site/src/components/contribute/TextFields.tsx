// The body of a practice on /bidra: one text box under each of the template's headings.
import { sectionGuides } from "../../lib/contribute/sections";
import { wordCount } from "../../lib/contribute/practiceFile";
import { TextArea } from "./Fields";
import styles from "./contribute.module.css";
import type { FormState } from "../../lib/contribute/state";
import type { Shown, Update } from "./useContributeForm";

/** Existing practices have at least this many words; fewer is allowed but worth a hint. */
const TYPICAL_WORDS = 120;

interface Props {
  state: FormState;
  shown: Shown;
  update: Update;
}

export default function TextFields({ state, shown, update }: Props) {
  const words = wordCount(state.sections);
  return (
    <>
      <h2>Texten</h2>
      <p className={styles.help}>
        Alla exempel har samma rubriker, så att läsaren hittar rätt. Skriv under de rubriker du kan; tomma rubriker tas inte med. Skriv
        vanlig text: en tom rad mellan stycken, <code>- </code> först på raden för en punktlista och <code>1. </code> för en numrerad lista.
        Skriv inga namn på privatpersoner och inga personnummer.
      </p>
      {state.sections.map((section, index) => {
        const guide = sectionGuides.find((g) => g.heading === section.heading);
        return (
          <TextArea
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are never reordered; the index tells two untitled ones apart.
            key={`${section.heading}-${index}`}
            fieldKey={`section.${index}`}
            label={section.heading || "Inledning (utan rubrik)"}
            rows={section.text.split("\n").length > 4 ? 8 : 5}
            required={index === 0}
            help={guide?.hint}
            messages={shown(`section.${index}`)}
            value={section.text}
            onChange={(text) => update({ sections: state.sections.map((s, i) => (i === index ? { ...s, text } : s)) }, `section.${index}`)}
          >
            {guide?.example && (
              <details className={styles.example}>
                <summary>Exempel</summary>
                <p className={styles.exampleText}>{guide.example}</p>
              </details>
            )}
          </TextArea>
        );
      })}
      {words < TYPICAL_WORDS && (
        <p className={styles.help}>
          Texten har {words} ord. De flesta exemplen i Kunskapsbanken har minst {TYPICAL_WORDS}, så att en annan kommun kan göra likadant.
        </p>
      )}
    </>
  );
}
