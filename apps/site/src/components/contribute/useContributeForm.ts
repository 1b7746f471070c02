// The state of the form on /bidra: where it starts (a draft in this browser, the published
// practice being updated, or empty), the file it makes, the checks of `kb validate` on that
// file, the draft kept on every change, and the ways to send the file. Only the pull request
// on GitHub waits for a file that passes the checks: a tip, an e-mail, a download or a copy
// goes as it is, and the editors finish it.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { usePluginData } from "@docusaurus/useGlobalData";
import { useLocation } from "@docusaurus/router";
import { validatePractice } from "@kunskapsbanken/content-schema";
import { contributeParams, isoToday } from "@kunskapsbanken/domain";
import { BODY_FIELD, checkFile, checkSectionText, type Problem } from "@kunskapsbanken/indexer/check";
import { sectionGuides } from "../../lib/contribute/sections";
import { emptyForm, isBlank, type FormState, type SourceState } from "../../lib/contribute/state";
import { readDraftState } from "../../lib/contribute/draftState";
import { practiceFile, sectionLines, type PracticeFile } from "../../lib/contribute/practiceFile";
import { messagesByField, type FieldMessage } from "../../lib/contribute/fieldProblems";
import { formFromPracticeFile } from "../../lib/contribute/fromPractice";
import { asideKey, browserStorage, draftKey, readDraft, removeDraft, setDraftAside, writeDraft } from "../../lib/contribute/draft";
import { editFileLink, issueLink, newFileLink, type Repository } from "../../lib/contribute/github";
import { issueFieldsOf } from "../../lib/contribute/issueFields";
import { mailtoLink } from "../../lib/contribute/email";
import { placeFromParam } from "../../lib/contribute/places";

const headings = sectionGuides.map((guide) => guide.heading);
const CHECK_DELAY_MS = 200;

interface ContributeData {
  sourceDir: string;
  practiceIdsFile: string;
}

export interface Checked {
  file: PracticeFile;
  problems: Problem[];
}

export type Sent =
  | { kind: "github" | "issue"; url: string; complete: boolean; copied: boolean; edit?: boolean }
  | { kind: "download" | "copy"; ok: boolean }
  | null;

/** A stored draft the form could not fully use: its original text, kept aside, and what was left out. */
export interface SetAside {
  text: string;
  /** Swedish names of the values left out; empty when the draft could not be read at all. */
  dropped: string[];
}

/** Changes the form: the new values, and the form keys the contributor has now touched. */
export type Update = (change: Partial<FormState>, ...keys: string[]) => void;
/** The messages a field shows now: once it has been touched, or all of them after a failed send. */
export type Shown = (fieldKey: string) => readonly FieldMessage[] | undefined;

const storage = browserStorage;

function check(state: FormState, today: string): Checked {
  const file = practiceFile(state, today);
  const problems = checkFile(file.path, file.text, validatePractice).problems;
  // A heading typed into a section's text would start another section in the file.
  const lines = sectionLines(state.sections, file.text);
  state.sections.forEach((section, index) => {
    const first = lines[index]?.first;
    if (first === undefined) return;
    for (const finding of checkSectionText(section.text.trim())) {
      problems.push({ file: file.path, line: first + finding.line - 1, field: BODY_FIELD, message: finding.message, severity: "error" });
    }
  });
  return { file, problems };
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The ids of the published practices, fetched once; none until they have come (or if they cannot be fetched). */
function usePracticeIds(file: string): readonly string[] {
  const [ids, setIds] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    fetch(`/${file}`)
      .then((response) => (response.ok ? response.json() : []))
      .then((list: unknown) => current && Array.isArray(list) && setIds(list.filter((id) => typeof id === "string")))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [file]);
  return ids;
}

export function useContributeForm() {
  const { siteConfig } = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as Repository;
  const siteUrl = siteConfig.url.replace(/\/$/, "");
  const { sourceDir, practiceIdsFile } = usePluginData("kunskapsbanken-bidra") as ContributeData;
  const practiceIds = usePracticeIds(practiceIdsFile);
  const location = useLocation();
  const editorsEmail = siteConfig.customFields?.editorsEmail as string;
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const updating = params.get(contributeParams.update);
  // `/bidra?kommun=malmo`, from a municipality's or a county's page: a new practice starts there.
  const startPlace = updating ? undefined : placeFromParam(params.get(contributeParams.place))?.id;
  const key = draftKey(updating);
  const today = isoToday();

  const [state, setState] = useState<FormState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [aside, setAside] = useState<SetAside | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [sent, setSent] = useState<Sent>(null);
  const [status, setStatus] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);

  // Start from the draft in this browser; else from the published practice being updated; else empty.
  // A draft the form cannot fully use is set aside first, and the contributor is told.
  useEffect(() => {
    const reading = readDraftState(readDraft(storage(), key), headings, updating);
    if (reading.kind === "unreadable") {
      setAside({ text: setDraftAside(storage(), updating), dropped: [] });
    } else if (reading.kind === "draft") {
      if (reading.dropped.length > 0) {
        const text = readDraft(storage(), key) ?? "";
        writeDraft(storage(), asideKey(updating), text);
        setAside({ text, dropped: reading.dropped });
      }
      const draft = reading.state;
      setState(startPlace && draft.municipalities.length === 0 ? { ...draft, municipalities: [startPlace] } : draft);
      setTouched(new Set(reading.touched));
      setRestored(true);
      return;
    }
    if (!updating) {
      const empty = emptyForm(headings);
      setState(startPlace ? { ...empty, municipalities: [startPlace] } : empty);
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
  }, [key, updating, sourceDir, startPlace]);

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

  /** Checks the current state at once (not debounced); shows every message if something is wrong. */
  const ready = (): Checked | null => {
    if (!state) return null;
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
    if (!now || !state) return;
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

  /** The file as it is now, checked or not: for the ways that do not need a file that passes. */
  const asItIs = (): Checked | null => {
    if (!state) return null;
    const now = check(state, today);
    setChecked(now);
    return now;
  };

  const sendAsIssue = async () => {
    const now = asItIs();
    if (!now || !state) return;
    const link = issueLink(repository, issueFieldsOf(state, now.file, siteUrl));
    const copied = link.complete ? false : await copyText(now.file.text);
    setSent({ kind: "issue", url: link.url, complete: link.complete, copied });
    window.open(link.url, "_blank", "noopener");
  };

  const download = () => {
    const now = asItIs();
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
    const now = asItIs();
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

  // The e-mail to the editors, made from the form as it is now (not only once it is checked).
  const mail = useMemo(() => {
    if (!state) return null;
    const file = practiceFile(state, today);
    return mailtoLink(editorsEmail, { title: state.title, fileName: `${file.id}.md`, text: file.text });
  }, [state, today, editorsEmail]);

  const setSource = (index: number, change: Partial<SourceState>, ...fields: string[]) =>
    update(
      { sources: (state?.sources ?? []).map((s, i) => (i === index ? { ...s, ...change } : s)) },
      ...fields.map((f) => `sources.${index}.${f}`),
    );

  return {
    state,
    loadError,
    restored,
    aside,
    showAll,
    checked,
    messages,
    errorCount,
    shown,
    update,
    setSource,
    sent,
    status,
    summaryRef,
    today,
    mail,
    editorsEmail,
    actions: { sendToGitHub, sendAsIssue, download, copy, clear },
  };
}
