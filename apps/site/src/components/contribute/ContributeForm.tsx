// The form on /bidra: a practice described field by field, turned into the practice file,
// checked on every change with the per-file checks of `kb validate`, previewed, kept as a
// draft in this browser, and sent to GitHub, by e-mail, downloaded, copied or sent as a tip.
// The state lives in useContributeForm; each part of the form is its own component.
import { practicePath, sitePages } from "@kunskapsbanken/domain";
import { GENERAL } from "../../lib/contribute/fieldProblems";
import AboutFields from "./AboutFields";
import DraftNotice from "./DraftNotice";
import { Messages } from "./Fields";
import FreshnessFields from "./FreshnessFields";
import Preview from "./Preview";
import SendPanel from "./SendPanel";
import SourceFields from "./SourceFields";
import TextFields from "./TextFields";
import { useContributeForm } from "./useContributeForm";
import styles from "./contribute.module.css";

export default function ContributeForm() {
  const form = useContributeForm();
  const { state, loadError, restored, aside, showAll, messages, shown, update, today } = form;
  const notice = aside && <DraftNotice aside={aside} />;

  if (loadError)
    return (
      <>
        {notice}
        <p className={styles.notice} role="alert">
          {loadError} <a href={sitePages.contribute}>Skriv ett nytt exempel</a>
        </p>
      </>
    );
  if (!state) return <p role="status">Formuläret laddas …</p>;

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()} noValidate aria-describedby="bidra-utkast">
        {notice}
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
        <AboutFields state={state} fileId={form.checked?.file.id ?? ""} shown={shown} update={update} />
        <SourceFields state={state} shown={shown} update={update} setSource={form.setSource} />
        <FreshnessFields state={state} today={today} shown={shown} update={update} />
        <TextFields state={state} shown={shown} update={update} />
        <SendPanel
          state={state}
          checked={form.checked}
          messages={messages}
          errorCount={form.errorCount}
          showAll={showAll}
          sent={form.sent}
          status={form.status}
          summaryRef={form.summaryRef}
          mail={form.mail}
          editorsEmail={form.editorsEmail}
          actions={form.actions}
        />
      </form>
      <Preview state={state} today={today} />
    </div>
  );
}
