// The facts about a practice on /bidra: title, summary, place, status, years, topics,
// target groups, funding, partners, the kind of organiser and contact.
import { fundingKinds, organiserTypes, statuses, targetGroups, topics } from "@kunskapsbanken/content-schema";
import { ChoiceGroup, SelectField, TextArea, TextField } from "./Fields";
import PlacePicker from "./PlacePicker";
import styles from "./contribute.module.css";
import type { FormState } from "../../lib/contribute/state";
import type { Shown, Update } from "./useContributeForm";

const termChoices = (terms: readonly { id: string; label: string; description?: string }[]) =>
  terms.map((term) => ({ id: term.id, label: term.label, description: term.description }));

interface Props {
  state: FormState;
  /** The id the file gets, shown under the title once there is one. */
  fileId: string;
  shown: Shown;
  update: Update;
}

export default function AboutFields({ state, fileId, shown, update }: Props) {
  return (
    <>
      <h2>Om exemplet</h2>
      <TextField
        fieldKey="title"
        label="Rubrik"
        required
        help={
          <>
            En kort rubrik som säger vad som görs, t.ex. ”Språkvänner som matchas i grupp”. Högst 120 tecken.
            {fileId && !state.updating && state.title.trim() && (
              <>
                {" "}
                Sidans adress blir <code>/praktik/{fileId}</code>.
              </>
            )}
          </>
        }
        messages={shown("title")}
        value={state.title}
        onChange={(title) => update({ title }, "title")}
      />
      <TextArea
        fieldKey="summary"
        label="Sammanfattning"
        required
        rows={3}
        help="En eller två meningar: vad är det, och vad ger det?"
        messages={shown("summary")}
        value={state.summary}
        onChange={(summary) => update({ summary }, "summary")}
      />
      <TextArea
        fieldKey="sokord"
        label="Ord som läsare använder"
        rows={3}
        help="Vardagsord för samma sak, ett per rad: läxhjälp, fika, hyresvärd … Skriv orden som handläggare, nyanlända och volontärer säger, inte de som redan står i texten. Högst 15 ord eller korta fraser; de visas som ”Kallas också” och hittas av sökningen."
        messages={shown("sokord")}
        value={state.sokord}
        onChange={(sokord) => update({ sokord }, "sokord")}
      />
      <PlacePicker
        fieldKey="municipalities"
        label="Kommun, län eller hela Sverige"
        required
        help={
          <>
            Skriv början av namnet och välj i listan med pil ner och Enter, t.ex. ”Malmö”. Pil ner i den tomma rutan visar länen och Hela
            Sverige. Välj en eller flera kommuner, ett län, eller Hela Sverige för ett nationellt program. Den plats du väljer först står
            först i exemplets id.
          </>
        }
        selected={state.municipalities}
        messages={shown("municipalities")}
        onChange={(municipalities) => update({ municipalities }, "municipalities")}
      />
      <ChoiceGroup
        fieldKey="status"
        label="Status"
        required
        multiple={false}
        choices={termChoices(statuses)}
        selected={state.status ? [state.status] : []}
        messages={shown("status")}
        onChange={([status]) => update({ status: status ?? "" }, "status")}
      />
      <div className={styles.row}>
        <TextField
          fieldKey="period.start"
          label="Startår"
          required
          inputMode="numeric"
          help="T.ex. 2017."
          messages={shown("period.start")}
          value={state.start}
          onChange={(start) => update({ start }, "period.start")}
        />
        <TextField
          fieldKey="period.end"
          label="Slutår"
          inputMode="numeric"
          help="Om arbetet har avslutats."
          messages={shown("period.end")}
          value={state.end}
          onChange={(end) => update({ end }, "period.end")}
        />
      </div>

      <h2>Ämnen och målgrupper</h2>
      <ChoiceGroup
        fieldKey="topics"
        label="Ämnen"
        required
        multiple
        choices={termChoices(topics)}
        selected={state.topics}
        messages={shown("topics")}
        onChange={(list) => update({ topics: list }, "topics")}
      />
      <ChoiceGroup
        fieldKey="targetGroups"
        label="Målgrupper"
        required
        multiple
        choices={termChoices(targetGroups)}
        selected={state.targetGroups}
        messages={shown("targetGroups")}
        onChange={(list) => update({ targetGroups: list }, "targetGroups")}
      />

      <h2>Finansiering och samarbete</h2>
      <ChoiceGroup
        fieldKey="funding"
        label="Finansiering"
        required
        help="Vet du inte? Välj ”Uppgift saknas”."
        multiple
        choices={termChoices(fundingKinds)}
        selected={state.funding}
        messages={shown("funding")}
        onChange={(funding) => update({ funding }, "funding")}
      />
      <TextArea
        fieldKey="partners"
        label="Samarbetspartner"
        rows={3}
        help="Myndigheter, bolag och föreningar som är med, en per rad."
        messages={shown("partners")}
        value={state.partners}
        onChange={(partners) => update({ partners }, "partners")}
      />

      <h2>Kontakt</h2>
      <p className={styles.help}>En roll och en organisation, aldrig ett namn: rollen finns kvar när personen byter jobb.</p>
      <div className={styles.row}>
        <TextField
          fieldKey="contact.role"
          label="Roll"
          required
          help="T.ex. integrationsstrateg."
          messages={shown("contact.role")}
          value={state.role}
          onChange={(role) => update({ role }, "contact.role")}
        />
        <TextField
          fieldKey="contact.organisation"
          label="Organisation"
          required
          help="T.ex. Flens kommun."
          messages={shown("contact.organisation")}
          value={state.organisation}
          onChange={(organisation) => update({ organisation }, "contact.organisation")}
        />
      </div>
      <SelectField
        fieldKey="organiserType"
        label="Vem driver arbetet?"
        help="Vilken sorts organisation som driver arbetet."
        emptyLabel="Välj sorts organisation"
        choices={termChoices(organiserTypes)}
        value={state.organiserType}
        messages={shown("organiserType")}
        onChange={(organiserType) => update({ organiserType }, "organiserType")}
      />
    </>
  );
}
