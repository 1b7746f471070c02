// Addresses that hand the practice to GitHub: the new-file page (GitHub then makes the
// contributor's fork, branch and pull request) and the issue form for a tip. GitHub refuses
// over-long addresses (414), so each builder says whether everything fit.

export interface Repository {
  owner: string;
  name: string;
  branch: string;
}

/** Longest address we hand to GitHub; it answers 414 somewhat above this. */
export const GITHUB_URL_LIMIT = 8000;

export const ISSUE_TEMPLATE = "tipsa-om-ett-gott-exempel.yml";

const repositoryUrl = (repository: Repository) => `https://github.com/${repository.owner}/${repository.name}`;

const query = (params: readonly (readonly [string, string])[]) =>
  params.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&");

export interface GitHubLink {
  url: string;
  /** False when the text was left out to stay under the limit: the contributor pastes it. */
  complete: boolean;
  /** Length of the address with everything in it, for the record. */
  fullLength: number;
}

/**
 * GitHub's "create new file" page in the practices folder, with the file name and, when it
 * fits, the text filled in: /new/BRANCH/content/practices?filename=ID.md&value=…
 */
export function newFileLink(repository: Repository, path: string, text: string, limit = GITHUB_URL_LIMIT): GitHubLink {
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash).split("/").map(encodeURIComponent).join("/");
  const base = `${repositoryUrl(repository)}/new/${encodeURIComponent(repository.branch)}/${folder}?${query([["filename", path.slice(slash + 1)]])}`;
  const full = `${base}&${query([["value", text]])}`;
  return full.length <= limit
    ? { url: full, complete: true, fullLength: full.length }
    : { url: base, complete: false, fullLength: full.length };
}

/**
 * GitHub's edit page for a file that exists. It cannot be prefilled, so the contributor pastes
 * the new text over the old: GitHub's new-file page refuses a name that is taken.
 */
export function editFileLink(repository: Repository, path: string): string {
  return `${repositoryUrl(repository)}/edit/${encodeURIComponent(repository.branch)}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** The field ids of .github/ISSUE_TEMPLATE/tipsa-om-ett-gott-exempel.yml that we fill in. */
export interface IssueFields {
  /** Issue title. */
  title: string;
  rubrik: string;
  /** The places by name: "Malmö, Lund", "Skåne län", "Hela Sverige". */
  kommun: string;
  kontakt: string;
  start: string;
  kalla: string;
  finansiering: string;
  beskrivning: string;
  "sa-fungerar-det": string;
  resultat: string;
  /** Address of the practice a tip is about, when it updates one. */
  exempel: string;
  /** The whole practice file as the form made it. */
  fil: string;
}

/** Longer texts are dropped first when the address would be too long. */
const dropOrder: readonly (keyof IssueFields)[] = ["fil", "sa-fungerar-det", "resultat", "beskrivning"];

/** The issue form with as many fields filled in as fit; `complete` is false when the file text did not fit. */
export function issueLink(
  repository: Repository,
  fields: IssueFields,
  limit = GITHUB_URL_LIMIT,
): GitHubLink & { omitted: (keyof IssueFields)[] } {
  const build = (omitted: readonly (keyof IssueFields)[]) =>
    `${repositoryUrl(repository)}/issues/new?${query([
      ["template", ISSUE_TEMPLATE],
      ...Object.entries(fields).filter(([key, value]) => value.trim() !== "" && !omitted.includes(key as keyof IssueFields)),
    ])}`;
  const full = build([]);
  const omitted: (keyof IssueFields)[] = [];
  let url = full;
  for (const field of dropOrder) {
    if (url.length <= limit) break;
    omitted.push(field);
    url = build(omitted);
  }
  return { url, complete: !omitted.includes("fil"), fullLength: full.length, omitted };
}

/** The tip form for a published practice that may be out of date: its title and address filled in. */
export function updateTipLink(repository: Repository, title: string, pageUrl: string): string {
  return `${repositoryUrl(repository)}/issues/new?${query([
    ["template", ISSUE_TEMPLATE],
    ["title", `Uppdatering: ${title}`],
    ["rubrik", title],
    ["exempel", pageUrl],
  ])}`;
}
