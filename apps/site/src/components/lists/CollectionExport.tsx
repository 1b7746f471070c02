import { useMemo, type ReactNode } from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { formatPath } from "@kunskapsbanken/content-schema";
import { collectionFilePath, collectionFileText, collectionOf, collectionProblems, newFileUrl } from "./collectionFile";
import { LIST_BOUNDS, setField, type ListField, type MeetingList } from "./meetingList";

interface Props {
  list: MeetingList;
  onChange: (list: MeetingList) => void;
}

const fieldNames: Record<string, string> = {
  id: "Filnamn",
  title: "Rubrik",
  date: "Datum",
  event: "Möte",
  introduction: "Inledning",
  practices: "Exempel",
};

/** "practices[2].note" → "Anteckning till nummer 3". */
function fieldName(path: readonly (string | number)[]): string {
  if (path[0] === "practices" && typeof path[1] === "number")
    return path[2] === "note" ? `Anteckning till nummer ${path[1] + 1}` : `Exempel nummer ${path[1] + 1}`;
  return fieldNames[String(path[0])] ?? formatPath(path);
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="list-export__field">
      <label htmlFor={id}>
        {label} {hint && <span className="meeting-list__hint">{hint}</span>}
      </label>
      {children}
    </div>
  );
}

/**
 * Makes the list a collection: the meeting's details, then a file to download or to
 * propose on GitHub. The file is checked against the collection schema first.
 */
export default function CollectionExport({ list, onChange }: Props) {
  const { siteConfig } = useDocusaurusContext();
  const newFileBase = siteConfig.customFields?.newFileBase as string | undefined;
  const collection = useMemo(() => collectionOf(list), [list]);
  const problems = useMemo(() => collectionProblems(collection), [collection]);
  const text = useMemo(() => collectionFileText(collection), [collection]);
  const path = collectionFilePath(collection.id || "samling");
  const field = (name: ListField) => ({
    id: `samling-${name}`,
    value: list[name],
    onChange: (event: { target: { value: string } }) => onChange(setField(list, name, event.target.value)),
  });
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${collection.id || "samling"}.md`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <details className="list-export">
      <summary>Gör listan till en samling på webbplatsen</summary>
      <p>
        En samling får en egen sida under <code>/samlingar</code> och en utskrift med QR-koder. Fyll i mötet, datum och en inledning, ladda
        ner filen och föreslå den i en pull request, eller öppna GitHubs sida för en ny fil med allt ifyllt.
      </p>
      <Field id="samling-event" label="Möte" hint="(t.ex. Länsstyrelsens nätverksmöte om bostäder)">
        <input type="text" maxLength={LIST_BOUNDS.event} {...field("event")} />
      </Field>
      <Field id="samling-date" label="Datum">
        <input type="date" {...field("date")} />
      </Field>
      <Field id="samling-introduction" label="Inledning" hint="(vad samlingen handlar om och för vem, minst 20 tecken)">
        <textarea rows={3} maxLength={LIST_BOUNDS.introduction} {...field("introduction")} />
      </Field>
      <p>
        Filen: <code>{path}</code> (namnet kommer från rubriken)
      </p>
      {problems.length > 0 ? (
        <div className="list-export__problems" role="status">
          <p>Innan filen kan bli en samling:</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${formatPath(problem.path)}-${problem.message}`}>
                {fieldName(problem.path)}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" className="list-export__ok">
          Filen följer reglerna för samlingar.
        </p>
      )}
      <p className="list-share__buttons">
        <button type="button" className="button button--secondary" onClick={download} disabled={problems.length > 0}>
          Ladda ner {collection.id || "samling"}.md
        </button>
        {newFileBase && problems.length === 0 && (
          <a className="button button--secondary" href={newFileUrl(newFileBase, path, text)} target="_blank" rel="noopener noreferrer">
            Föreslå samlingen på GitHub (öppnas i ny flik)
          </a>
        )}
      </p>
    </details>
  );
}
