// The end of the form on /bidra: what is left to fix, the ways to send the file, and the
// file's text.
import type { RefObject } from "react";
import type { MailtoLink } from "../../lib/contribute/email";
import { GENERAL, type FieldMessage } from "../../lib/contribute/fieldProblems";
import type { FormState } from "../../lib/contribute/state";
import { inputId } from "./Fields";
import type { Checked, Sent } from "./useContributeForm";
import styles from "./contribute.module.css";

interface Props {
  state: FormState;
  checked: Checked | null;
  messages: ReadonlyMap<string, readonly FieldMessage[]>;
  errorCount: number;
  showAll: boolean;
  sent: Sent;
  status: string;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** The e-mail to the editors with the form as it is now. */
  mail: MailtoLink | null;
  editorsEmail: string;
  actions: { sendToGitHub: () => void; sendAsIssue: () => void; download: () => void; copy: () => void; clear: () => void };
}

export default function SendPanel(props: Props) {
  const { state, checked, messages, errorCount, showAll, sent, status, summaryRef, mail, editorsEmail, actions } = props;
  const { sendToGitHub, sendAsIssue, download, copy, clear } = actions;
  const summaryItems = [...messages.entries()].flatMap(([fieldKey, list]) =>
    list.filter((m) => m.severity === "error").map((m) => ({ fieldKey, message: m.message })),
  );
  const fileId = checked?.file.id ?? "";
  return (
    <>
      <h2 id="skicka">Skicka</h2>
      <div ref={summaryRef} tabIndex={-1} className={errorCount > 0 && showAll ? styles.errorSummary : styles.okSummary}>
        <h3 id="kontroll-rubrik" className={styles.summaryTitle}>
          {errorCount === 0 ? "Filen klarar kontrollen" : `${errorCount} ${errorCount === 1 ? "sak" : "saker"} att rätta innan du skickar`}
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
              Klicka på <strong>Commit changes…</strong> (Spara ändringar). GitHub gör då en egen kopia av Kunskapsbanken åt dig, där filen
              sparas.
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

        <section className={styles.way} aria-labelledby="med-e-post">
          <h3 id="med-e-post">Skicka med e-post</h3>
          <p>
            Inget konto behövs. Ditt e-postprogram öppnas med ett meddelande till redaktionen (<code>{editorsEmail}</code>)
            {mail?.complete ? " med filen i texten" : ""}. Det går bra att skicka även om formuläret inte är färdigt: redaktionen hör av sig
            om något saknas.
          </p>
          {mail && !mail.complete && (
            <p>
              <strong>Filen är för lång för att få plats i meddelandet.</strong> Ladda ner den först med knappen under{" "}
              <a href="#spara-filen">Spara eller kopiera filen</a>, och bifoga den i meddelandet som öppnas.
            </p>
          )}
          <p>
            <a className="button button--secondary" href={mail?.url ?? `mailto:${editorsEmail}`}>
              Skicka med e-post
            </a>
          </p>
        </section>

        <section className={styles.way} aria-labelledby="spara-filen">
          <h3 id="spara-filen">Spara eller kopiera filen</h3>
          <p>
            För den som arbetar i git, eller vill skicka filen till redaktionen på annat sätt. Filen heter{" "}
            <code>{fileId ? `${fileId}.md` : "…"}</code> och hör hemma i{" "}
            <code>{checked ? checked.file.path.slice(0, checked.file.path.lastIndexOf("/") + 1) : "content/practices/"}</code>.
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
            GitHub. Det kräver också inloggning på GitHub, men ingen kopia och inget förslag: redaktionen skriver in exemplet åt dig. Du kan
            skicka tipset även om formuläret inte är färdigt.
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
    </>
  );
}

/** The element a message in the list of things to fix leads to. */
const targetOf = (fieldKey: string) => (fieldKey === GENERAL ? "title" : fieldKey === "sources" ? "sources.0" : fieldKey);

/** A short Swedish name for a form key, for the list of things to fix. */
function fieldName(fieldKey: string, state: FormState): string {
  const names: Record<string, string> = {
    title: "Rubrik",
    summary: "Sammanfattning",
    sokord: "Ord som läsare använder",
    municipalities: "Plats",
    status: "Status",
    "period.start": "Startår",
    "period.end": "Slutår",
    topics: "Ämnen",
    targetGroups: "Målgrupper",
    funding: "Finansiering",
    partners: "Samarbetspartner",
    organiserType: "Vem driver arbetet",
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
