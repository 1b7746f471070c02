// The form on /bidra: a practice described field by field, turned into the practice file,
// checked on every change with the per-file checks of `kb validate`, previewed, kept as a
// draft in this browser, and sent to GitHub, downloaded, copied or sent as a tip.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { usePluginData } from "@docusaurus/useGlobalData";
import { useLocation } from "@docusaurus/router";
import { fundingKinds, places, sourceDocuments, statuses, targetGroups, topics, validatePractice } from "@kunskapsbanken/content-schema";
import { isoToday } from "@kunskapsbanken/domain";
import { checkFile, type Problem } from "@kunskapsbanken/indexer/check";
import { sectionGuides } from "../../lib/contribute/sections";
import { emptyForm, emptySource, isBlank, parseFormState, type FormState, type SourceState } from "../../lib/contribute/state";
import { practiceFile, wordCount, type PracticeFile } from "../../lib/contribute/practiceFile";
import { GENERAL, messagesByField, type FieldMessage } from "../../lib/contribute/fieldProblems";
import { formFromPracticeFile } from "../../lib/contribute/fromPractice";
import { draftKey, readDraft, removeDraft, writeDraft } from "../../lib/contribute/draft";
import { editFileLink, issueLink, newFileLink, type Repository } from "../../lib/contribute/github";
import { issueFieldsOf } from "../../lib/contribute/issueFields";
import { ChoiceGroup, inputId, Messages, TextArea, TextField } from "./Fields";
import Preview from "./Preview";
import styles from "./contribute.module.css";
import { practicePath, sitePages } from "@kunskapsbanken/domain";

const headings = sectionGuides.map((guide) => guide.heading);
const CHECK_DELAY_MS = 200;
/** Existing practices have at least this many words; fewer is allowed but worth a hint. */
const TYPICAL_WORDS = 120;

interface ContributeData {
  practiceIds: string[];
  sourceDir: string;
}

interface Checked {
  file: PracticeFile;
  problems: Problem[];
}

const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);

function check(state: FormState, today: string): Checked {
  const file = practiceFile(state, today);
  return { file, problems: checkFile(file.path, file.text, validatePractice).problems };
}

const municipalityChoices = places.map((place) => ({
  id: place.id,
  label: place.kind === "län" ? `${place.name} (hela länet)` : place.name,
}));
const termChoices = (terms: readonly { id: string; label: string; description?: string }[]) =>
  terms.map((term) => ({ id: term.id, label: term.label, description: term.description }));

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

type Sent =
  | { kind: "github" | "issue"; url: string; complete: boolean; copied: boolean; edit?: boolean }
  | { kind: "download" | "copy"; ok: boolean }
  | null;

export default function ContributeForm() {
  const { siteConfig } = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as Repository;
  const siteUrl = siteConfig.url.replace(/\/$/, "");
  const { practiceIds, sourceDir } = usePluginData("kunskapsbanken-bidra") as ContributeData;
  const location = useLocation();
  const updating = useMemo(() => new URLSearchParams(location.search).get("uppdatera"), [location.search]);
  const key = draftKey(updating);
  const today = isoToday();

  const [state, setState] = useState<FormState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [sent, setSent] = useState<Sent>(null);
  const [status, setStatus] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);

  // Start from the draft in this browser; else from the published practice being updated; else empty.
  useEffect(() => {
    const draft = readDraft(storage(), key);
    const fromDraft = parseFormState(draft, headings);
    if (fromDraft) {
      setState(fromDraft);
      setTouched(new Set((JSON.parse(draft!) as { touched?: string[] }).touched ?? []));
      setRestored(true);
      return;
    }
    if (!updating) {
      setState(emptyForm(headings));
      return;
    }
    let cancelled = false;
    fetch(`/${sourceDir}/${encodeURIComponent(updating)}.md`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => {
        if (cancelled) return;
        const form = formFromPracticeFile(updating, text, headings);
        if (form) setState(form);
        else setLoadError(`Exemplet "${updating}" kunde inte läsas in. Du kan skriva ett nytt exempel i stället.`);
      })
      .catch(() => {
        if (!cancelled) setLoadError(`Det finns inget exempel med id "${updating}". Du kan skriva ett nytt exempel i stället.`);
      });
    return () => {
      cancelled = true;
    };
  }, [key, updating, sourceDir]);

  // Check the file a moment after the last keystroke, and keep the draft.
  useEffect(() => {
    if (!state) return;
    const timer = window.setTimeout(() => setChecked(check(state, today)), CHECK_DELAY_MS);
    if (updating || !isBlank(state, headings)) writeDraft(storage(), key, JSON.stringify({ ...state, touched: [...touched] }));
    return () => window.clearTimeout(timer);
  }, [state, touched, key, today, updating]);

  const update = useCallback((change: Partial<FormState>, ...keys: string[]) => {
    setState((previous) => (previous ? { ...previous, ...change } : previous));
    setSent(null);
    if (keys.length > 0) setTouched((previous) => new Set([...previous, ...keys]));
  }, []);

  const messages = useMemo(() => {
    if (!state || !checked) return new Map<string, FieldMessage[]>();
    const byField = messagesByField(checked.problems, state, checked.file.text);
    if (!state.updating && practiceIds.includes(checked.file.id)) {
      const title = byField.get("title") ?? [];
      byField.set("title", [
        {
          message: `det finns redan ett exempel med id "${checked.file.id}". Ändra rubriken, eller föreslå en ändring av det exemplet.`,
          severity: "error",
          line: 1,
        },
        ...title,
      ]);
    }
    return byField;
  }, [state, checked, practiceIds]);

  const errorCount = [...messages.values()].flat().filter((m) => m.severity === "error").length;
  const shown = (fieldKey: string) => (showAll || touched.has(fieldKey) ? messages.get(fieldKey) : undefined);

  if (loadError)
    return (
      <p className={styles.notice} role="alert">
        {loadError} <a href={sitePages.contribute}>Skriv ett nytt exempel</a>
      </p>
    );
  if (!state) return <p role="status">Formuläret laddas …</p>;

  /** Checks the current state at once (not debounced); shows every message if something is wrong. */
  const ready = (): Checked | null => {
    const now = check(state, today);
    setChecked(now);
    const duplicate = !state.updating && practiceIds.includes(now.file.id);
    if (now.problems.some((p) => p.severity === "error") || duplicate) {
      setShowAll(true);
      setSent(null);
      setStatus("");
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return null;
    }
    return now;
  };

  const sendToGitHub = async () => {
    const now = ready();
    if (!now) return;
    if (state.updating) {
      // A change to a published practice: GitHub's edit page, with the new text to paste.
      const url = editFileLink(repository, now.file.path);
      setSent({ kind: "github", url, complete: false, copied: await copyText(now.file.text), edit: true });
      window.open(url, "_blank", "noopener");
      return;
    }
    const link = newFileLink(repository, now.file.path, now.file.text);
    // Too long for an address: the text goes to the clipboard, GitHub gets only the file name.
    const copied = link.complete ? false : await copyText(now.file.text);
    setSent({ kind: "github", url: link.url, complete: link.complete, copied });
    window.open(link.url, "_blank", "noopener");
  };

  const sendAsIssue = async () => {
    const now = ready();
    if (!now) return;
    const link = issueLink(repository, issueFieldsOf(state, now.file, siteUrl));
    const copied = link.complete ? false : await copyText(now.file.text);
    setSent({ kind: "issue", url: link.url, complete: link.complete, copied });
    window.open(link.url, "_blank", "noopener");
  };

  const download = () => {
    const now = ready();
    if (!now) return;
    const url = URL.createObjectURL(new Blob([now.file.text], { type: "text/markdown;charset=utf-8" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `${now.file.id}.md`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setSent({ kind: "download", ok: true });
    setStatus(`Filen ${now.file.id}.md är nedladdad.`);
  };

  const copy = async () => {
    const now = ready();
    if (!now) return;
    const ok = await copyText(now.file.text);
    setSent({ kind: "copy", ok });
    setStatus(
      ok
        ? "Texten är kopierad. Klistra in den där du vill."
        : "Texten kunde inte kopieras automatiskt. Markera den under Filens text och kopiera.",
    );
  };

  const clear = () => {
    if (!window.confirm("Vill du tömma formuläret? Det du har skrivit tas bort från den här webbläsaren.")) return;
    removeDraft(storage(), key);
    if (updating) {
      window.location.reload();
      return;
    }
    setState(emptyForm(headings));
    setTouched(new Set());
    setShowAll(false);
    setRestored(false);
    setSent(null);
    setStatus("Formuläret är tömt.");
  };

  const setSource = (index: number, change: Partial<SourceState>, ...fields: string[]) =>
    update(
      { sources: state.sources.map((s, i) => (i === index ? { ...s, ...change } : s)) },
      ...fields.map((f) => `sources.${index}.${f}`),
    );

  const summaryItems = [...messages.entries()].flatMap(([fieldKey, list]) =>
    list.filter((m) => m.severity === "error").map((m) => ({ fieldKey, message: m.message })),
  );
  const fileId = checked?.file.id ?? "";
  const words = wordCount(state.sections);

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} noValidate aria-describedby="bidra-utkast">
        <p id="bidra-utkast" className={styles.draftNote}>
          {restored ? "Ditt utkast är återställt. " : ""}
          Det du skriver sparas som utkast i den här webbläsaren tills du tömmer formuläret.
          {state.updating && (
            <>
              {" "}
              Du föreslår en ändring av <a href={practicePath(state.updating)}>exemplet {state.updating}</a>.
            </>
          )}
        </p>
        <Messages fieldKey={GENERAL} messages={showAll ? messages.get(GENERAL) : undefined} />

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
        <ChoiceGroup
          fieldKey="municipalities"
          label="Kommun"
          required
          help="Välj en eller flera. Den du väljer först står först i exemplets id."
          multiple
          choices={municipalityChoices}
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

        <h2>Texten</h2>
        <p className={styles.help}>
          Alla exempel har samma rubriker, så att läsaren hittar rätt. Skriv under de rubriker du kan; tomma rubriker tas inte med. Skriv
          vanlig text: en tom rad mellan stycken, <code>- </code> först på raden för en punktlista och <code>1. </code> för en numrerad
          lista. Skriv inga namn på privatpersoner och inga personnummer.
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
              onChange={(text) =>
                update({ sections: state.sections.map((s, i) => (i === index ? { ...s, text } : s)) }, `section.${index}`)
              }
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

        <h2 id="skicka">Skicka</h2>
        <div ref={summaryRef} tabIndex={-1} className={errorCount > 0 && showAll ? styles.errorSummary : styles.okSummary}>
          <h3 id="kontroll-rubrik" className={styles.summaryTitle}>
            {errorCount === 0
              ? "Filen klarar kontrollen"
              : `${errorCount} ${errorCount === 1 ? "sak" : "saker"} att rätta innan du skickar`}
          </h3>
          {errorCount > 0 && showAll && (
            <ul>
              {summaryItems.map((item) => (
                <li key={`${item.fieldKey}-${item.message}`}>
                  <a
                    href={`#${inputId(targetOf(item.fieldKey))}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(inputId(targetOf(item.fieldKey)))?.focus();
                    }}
                  >
                    {fieldName(item.fieldKey, state)}: {item.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {errorCount > 0 && !showAll && <p>Felen visas vid fälten medan du skriver i dem, och alla på en gång när du skickar.</p>}
          {errorCount === 0 && (
            <p>
              Samma kontroll som redaktionen kör (<code>kb validate</code>) hittar inga fel i filen.
            </p>
          )}
        </div>

        <div className={styles.ways}>
          <section className={styles.way} aria-labelledby="via-github">
            <h3 id="via-github">Skicka som förslag på GitHub</h3>
            <p>Du behöver ett konto på GitHub (gratis). Sedan är det tre steg:</p>
            <ol>
              <li>
                {state.updating
                  ? "GitHub öppnas med exemplets fil, och din nya text kopieras. Logga in om du blir ombedd. Markera all text i filen och klistra in den nya."
                  : "GitHub öppnas med filen ifylld. Logga in om du blir ombedd."}
              </li>
              <li>
                Klicka på <strong>Commit changes…</strong> (Spara ändringar). GitHub gör då en egen kopia av Kunskapsbanken åt dig, där
                filen sparas.
              </li>
              <li>
                Klicka på <strong>Create pull request</strong> (Skapa förslag). Redaktionen på Länsstyrelsen får förslaget, granskar det och
                hör av sig i förslaget om något behöver ändras.
              </li>
            </ol>
            <button type="button" className="button button--primary" onClick={sendToGitHub}>
              Skicka som förslag på GitHub
            </button>
            {sent?.kind === "github" && (
              <div className={styles.sent} role="status">
                {sent.complete ? (
                  <p>GitHub öppnas i en ny flik med filen ifylld.</p>
                ) : sent.edit ? (
                  <p>
                    GitHub öppnas med exemplets fil.{" "}
                    {sent.copied
                      ? "Den nya texten är kopierad: markera all text i filen på GitHub (Ctrl+A, eller Cmd+A på Mac) och klistra in (Ctrl+V eller Cmd+V)."
                      : "Kopiera den nya texten under Filens text nedan, markera all text i filen på GitHub och klistra in."}
                  </p>
                ) : (
                  <p>
                    Texten är för lång för att skickas med adressen.{" "}
                    {sent.copied
                      ? "Den är kopierad: klistra in den i den stora rutan på GitHub (Ctrl+V, eller Cmd+V på Mac)."
                      : "Kopiera den under Filens text nedan och klistra in den i den stora rutan på GitHub."}{" "}
                    Filnamnet är redan ifyllt.
                  </p>
                )}
                <p>
                  Öppnades ingen ny flik?{" "}
                  <a href={sent.url} target="_blank" rel="noopener noreferrer">
                    Öppna sidan på GitHub
                  </a>
                </p>
              </div>
            )}
          </section>

          <section className={styles.way} aria-labelledby="spara-filen">
            <h3 id="spara-filen">Spara eller kopiera filen</h3>
            <p>
              För den som arbetar i git, eller vill skicka filen till redaktionen på annat sätt. Filen heter{" "}
              <code>{fileId ? `${fileId}.md` : "…"}</code> och hör hemma i <code>content/practices/</code>.
            </p>
            <div className={styles.buttons}>
              <button type="button" className="button button--secondary" onClick={download}>
                Ladda ner filen
              </button>
              <button type="button" className="button button--secondary" onClick={copy}>
                Kopiera texten
              </button>
            </div>
          </section>

          <section className={styles.way} aria-labelledby="som-tips">
            <h3 id="som-tips">Tipsa redaktionen i stället</h3>
            <p>
              Vill du inte göra ett förslag själv? Skicka det du har skrivit som ett tips med formuläret ”Tipsa om ett gott exempel” på
              GitHub. Det kräver också inloggning på GitHub, men ingen kopia och inget förslag: redaktionen skriver in exemplet åt dig.
            </p>
            <button type="button" className="button button--secondary" onClick={sendAsIssue}>
              Skicka som tips
            </button>
            {sent?.kind === "issue" && (
              <div className={styles.sent} role="status">
                {!sent.complete && (
                  <p>
                    Texten är för lång för att skickas med adressen.{" "}
                    {sent.copied
                      ? "Den är kopierad: klistra in den i rutan ”Filen från webbplatsen”."
                      : "Kopiera den under Filens text nedan och klistra in den i rutan ”Filen från webbplatsen”."}
                  </p>
                )}
                <p>
                  Öppnades ingen ny flik?{" "}
                  <a href={sent.url} target="_blank" rel="noopener noreferrer">
                    Öppna tipsformuläret på GitHub
                  </a>
                </p>
              </div>
            )}
          </section>
        </div>

        <p className={styles.status} role="status" aria-live="polite">
          {status}
        </p>

        <details className={styles.fileText}>
          <summary>Filens text</summary>
          <label htmlFor="filens-text" className={styles.label}>
            Texten som skickas (kan markeras och kopieras)
          </label>
          <textarea id="filens-text" className={styles.textarea} readOnly rows={16} value={checked?.file.text ?? ""} />
        </details>

        <p>
          <button type="button" className="button button--link" onClick={clear}>
            Töm formuläret och ta bort utkastet
          </button>
        </p>
      </form>
      <Preview state={state} today={today} />
    </div>
  );
}

/** The element a message in the list of things to fix leads to. */
const targetOf = (fieldKey: string) => (fieldKey === GENERAL ? "title" : fieldKey === "sources" ? "sources.0" : fieldKey);

/** A short Swedish name for a form key, for the list of things to fix. */
function fieldName(fieldKey: string, state: FormState): string {
  const names: Record<string, string> = {
    title: "Rubrik",
    summary: "Sammanfattning",
    municipalities: "Kommun",
    status: "Status",
    "period.start": "Startår",
    "period.end": "Slutår",
    topics: "Ämnen",
    targetGroups: "Målgrupper",
    funding: "Finansiering",
    partners: "Samarbetspartner",
    "contact.role": "Roll",
    "contact.organisation": "Organisation",
    sources: "Källor",
    asOf: "Uppgifterna gäller",
    "confirmed.role": "Bekräftelse",
    "confirmed.organisation": "Bekräftelse",
    [GENERAL]: "Filen",
  };
  if (names[fieldKey]) return names[fieldKey]!;
  const section = /^section\.(\d+)$/.exec(fieldKey);
  if (section) return state.sections[Number(section[1])]?.heading || "Texten";
  const source = /^sources\.(\d+)/.exec(fieldKey);
  if (source) return `Källa ${Number(source[1]) + 1}`;
  return fieldKey;
}
