// How current a practice is on /bidra: the date its facts describe, and whether the
// organisation that runs it has confirmed the text.
import { inputId, TextField } from "./Fields";
import styles from "./contribute.module.css";
import type { FormState } from "../../lib/contribute/state";
import type { Shown, Update } from "./useContributeForm";

interface Props {
  state: FormState;
  today: string;
  shown: Shown;
  update: Update;
}

export default function FreshnessFields({ state, today, shown, update }: Props) {
  return (
    <>
      <h2>Hur aktuellt är det?</h2>
      <TextField
        fieldKey="asOf"
        label="Uppgifterna gäller"
        help={
          <>
            Månaden eller dagen som uppgifterna beskriver, t.ex. <code>2024-03</code> eller <code>2024-03-15</code>.
            {state.updating ? " Har du kontrollerat uppgifterna nu: skriv dagens datum." : " Lämna tomt om de gäller i dag."}
          </>
        }
        messages={shown("asOf")}
        value={state.asOf}
        onChange={(asOf) => update({ asOf }, "asOf")}
      />
      {state.updating && state.asOf !== today && (
        <p>
          <button type="button" className="button button--sm button--secondary" onClick={() => update({ asOf: today }, "asOf")}>
            Uppgifterna gäller i dag
          </button>
        </p>
      )}
      <fieldset className={styles.source} id={inputId("confirmed")} tabIndex={-1}>
        <legend className={styles.label}>
          Bekräftelse <span className={styles.optional}>(frivilligt)</span>
        </legend>
        <div className={styles.choice}>
          <input
            type="checkbox"
            id="bekraftad"
            checked={state.confirmation.confirmed}
            onChange={(event) =>
              update(
                // A new confirmation is dated the day the file is made.
                { confirmation: { ...state.confirmation, confirmed: event.target.checked, date: "" } },
                "confirmed.role",
                "confirmed.organisation",
              )
            }
          />
          <label htmlFor="bekraftad">
            Organisationen som driver verksamheten har läst texten och bekräftar att den stämmer
            {state.confirmation.confirmed && state.confirmation.date ? ` (bekräftad ${state.confirmation.date})` : ""}.
          </label>
        </div>
        {state.confirmation.confirmed && (
          <div className={styles.row}>
            <TextField
              fieldKey="confirmed.role"
              label="Roll hos den som bekräftar"
              required
              help="En roll, inget namn."
              messages={shown("confirmed.role")}
              value={state.confirmation.role}
              onChange={(role) => update({ confirmation: { ...state.confirmation, role } }, "confirmed.role")}
            />
            <TextField
              fieldKey="confirmed.organisation"
              label="Organisation som bekräftar"
              required
              messages={shown("confirmed.organisation")}
              value={state.confirmation.organisation}
              onChange={(organisation) => update({ confirmation: { ...state.confirmation, organisation } }, "confirmed.organisation")}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
