// "Hittade du inte det du sökte?" under the hits on /sok: the editors' tip form on GitHub
// (the same issue form and address builder as "Skicka som tips" on /bidra), with the search
// filled in. Nothing about the search is recorded anywhere else: the site keeps no logs, so
// this tip is the only way the editors learn what readers looked for and did not find.
import { issueLink, type IssueFields, type Repository } from "../../lib/contribute/github";

/** Longer queries are cut, so the address stays short and the tip's text is never dropped. */
const QUERY_LIMIT = 200;

/** The tip form's fields for a search that did not find what the reader wanted. */
export function searchTipFields(query: string, searchUrl: string): IssueFields {
  const trimmed = query.trim().replace(/\s+/g, " ");
  const shown = trimmed.length > QUERY_LIMIT ? `${trimmed.slice(0, QUERY_LIMIT)} …` : trimmed;
  const searched = shown ? `Jag sökte på ”${shown}”` : "Jag sökte";
  return {
    title: shown ? `Tips från sökningen: ${shown}` : "Tips från sökningen",
    rubrik: "",
    kommun: "",
    kontakt: "",
    start: "",
    kalla: "",
    finansiering: "",
    beskrivning: [
      `${searched} i Kunskapsbanken och hittade inte det jag letade efter.`,
      "",
      "Det här letade jag efter (ett arbetssätt, ett ord som borde ge träffar, en kommun …):",
      "",
      "",
      `Sökningen: ${searchUrl}`,
    ].join("\n"),
    "sa-fungerar-det": "",
    resultat: "",
    exempel: "",
    fil: "",
  };
}

/** The address of the tip form with the search filled in, every value URL-encoded. */
export function searchTipLink(repository: Repository, query: string, searchUrl: string): string {
  return issueLink(repository, searchTipFields(query, searchUrl)).url;
}
