// The practice as its page will show it: title, summary, the facts panel the site uses and
// the body rendered from Markdown, all from the same form state that makes the file.
import { labelOf, sourceDocuments } from "@kunskapsbanken/content-schema";
import { alsoCalled, formatMonth, statusAsOf } from "@kunskapsbanken/domain";
import FactsPanel from "../FactsPanel";
import type { PracticeExtras } from "../../plugins/kunskapsbanken/types";
import { bodyText, sokordList } from "../../lib/contribute/practiceFile";
import type { FormState } from "../../lib/contribute/state";
import Markdown from "./Markdown";
import styles from "./contribute.module.css";

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

const isMonthOrDate = (text: string) => /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(text);

function extrasOf(state: FormState, today: string): PracticeExtras {
  const asOf = state.asOf.trim() || today;
  const { confirmation } = state;
  const terms = (vocabulary: "topics" | "targetGroups" | "funding", ids: readonly string[]) =>
    ids.map((id) => ({ id, label: labelOf(vocabulary, id) }));
  return {
    kind: "practice",
    municipalities: state.municipalities.map((id) => ({ id, label: labelOf("municipalities", id), hasPage: false })),
    topics: terms("topics", state.topics),
    targetGroups: terms("targetGroups", state.targetGroups),
    funding: terms("funding", state.funding),
    alsoCalled: alsoCalled(sokordList(state.sokord) ?? []),
    status: state.status && isMonthOrDate(asOf) ? statusAsOf(labelOf("status", state.status), asOf) : "–",
    sources: state.sources.map((source) => {
      if (source.kind === "own") {
        const url = /^https:\/\/\S+$/.test(source.url.trim()) ? source.url.trim() : null;
        return { title: source.title || "–", publisher: "", section: source.section || null, page: null, url, year: whole(source.year) };
      }
      const document = sourceDocuments.find((d) => d.id === source.document);
      return {
        title: document?.title ?? "–",
        publisher: document?.publisher ?? "",
        section: source.section || null,
        page: whole(source.page),
        url: null,
        year: null,
      };
    }),
    related: [],
    similar: [],
    asOfMonth: isMonthOrDate(asOf) ? formatMonth(asOf) : "–",
    confirmed: confirmation.confirmed
      ? { date: confirmation.date || today, role: confirmation.role.trim() || "–", organisation: confirmation.organisation.trim() || "–" }
      : null,
    freshnessNotice: null,
  };
}

export default function Preview({ state, today }: { state: FormState; today: string }) {
  const start = whole(state.start);
  const end = whole(state.end);
  const body = bodyText(state.sections);
  return (
    <section className={styles.preview} aria-labelledby="forhandsvisning">
      <h2 id="forhandsvisning">Förhandsvisning</h2>
      <p className={styles.help}>Så här kommer sidan att se ut när redaktionen har granskat och publicerat den.</p>
      <article className={`${styles.previewPage} markdown`}>
        <h3 className={styles.previewTitle}>{state.title.trim() || "Rubrik saknas"}</h3>
        {state.summary.trim() && <p className="lead">{state.summary.trim()}</p>}
        <FactsPanel
          extras={extrasOf(state, today)}
          // The panel prints the year as given; a dash stands in until a year is typed.
          period={start === null ? { start: "–" as unknown as number } : end === null ? { start } : { start, end }}
          partners={state.partners
            .split(/\r?\n/)
            .map((p) => p.trim())
            .filter(Boolean)}
          contact={{ role: state.role.trim() || "–", organisation: state.organisation.trim() || "–" }}
        />
        {body ? <Markdown>{body}</Markdown> : <p className={styles.help}>Texten under rubrikerna visas här.</p>}
      </article>
    </section>
  );
}
