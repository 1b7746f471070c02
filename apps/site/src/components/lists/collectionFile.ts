// Turns a list made in the browser into a collection file, content/collections/ID.md, that
// passes the collection schema, so a coordinator can propose it in a pull request.
import { validateCollection, type CollectionInput, type SchemaProblem } from "@kunskapsbanken/content-schema";
import type { MeetingList } from "./meetingList";

/** Where collection files live in the repository. */
export const collectionFilePath = (id: string) => `content/collections/${id}.md`;

const folded: Record<string, string> = { å: "a", ä: "a", ö: "o", é: "e", è: "e", ü: "u", æ: "a", ø: "o" };

/** "Nätverksmöte om bostäder" → "natverksmote-om-bostader": an id the schema accepts, at most 60 characters. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (c) => folded[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
}

/** Text as one line with single spaces: notes are written in a text area, the file keeps one line per field. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The collection a list becomes; its id comes from the title unless one is given. */
export function collectionOf(list: MeetingList, id = slugOf(list.title)): CollectionInput {
  return {
    id,
    title: oneLine(list.title),
    date: list.date.trim(),
    event: oneLine(list.event),
    introduction: oneLine(list.introduction),
    practices: list.items.map((item) => ({ id: item.id, note: oneLine(item.note) })),
  };
}

/** Problems a collection would have, with the schema's Swedish messages; empty when the file would pass. */
export function collectionProblems(collection: CollectionInput): SchemaProblem[] {
  const result = validateCollection(collection);
  return result.ok ? [] : result.problems;
}

const plainScalar = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/;
const reserved = /^(?:true|false|yes|no|on|off|null|~|[-+.\d].*)$/i;

/** A YAML scalar: plain when it reads back as the same string, otherwise double-quoted (JSON strings are valid YAML). */
export function yamlString(value: string): string {
  const isPlain =
    plainScalar.test(value) && !reserved.test(value) && !value.includes(": ") && !value.endsWith(":") && value.trim() === value;
  return isPlain ? value : JSON.stringify(value);
}

/** The Markdown file: frontmatter in the order of the existing collections, no body. */
export function collectionFileText(collection: CollectionInput): string {
  const lines = [
    "---",
    `id: ${collection.id}`,
    `title: ${yamlString(collection.title)}`,
    // A date stays a string in YAML 1.2, as in the project's own collections.
    /^\d{4}-\d{2}-\d{2}$/.test(collection.date) ? `date: ${collection.date}` : `date: ${JSON.stringify(collection.date)}`,
    `event: ${yamlString(collection.event)}`,
    `introduction: ${yamlString(collection.introduction)}`,
    "practices:",
    ...collection.practices.flatMap((item) => [`  - id: ${item.id}`, `    note: ${yamlString(item.note)}`]),
    "---",
    "",
  ];
  return lines.join("\n");
}

/**
 * GitHub's page for a new file with the name and text filled in. `newFileBase` is the
 * repository's `…/new/BRANCH` address, e.g. https://github.com/org/repo/new/main.
 */
export function newFileUrl(newFileBase: string, path: string, text: string): string {
  return `${newFileBase.replace(/\/+$/, "")}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
}
