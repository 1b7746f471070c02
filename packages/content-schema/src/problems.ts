// Turns the validator's findings into plain Swedish a municipal officer can act on.
import type { z } from "zod";
import { fieldAliases, retiredFields } from "./field-names.js";
import { closest } from "./suggest.js";
import { fold } from "./text.js";

export type FieldPath = readonly (string | number)[];

export interface SchemaProblem {
  /** Where the problem is, e.g. `["contact", "role"]` or `["topics", 1]`. */
  path: FieldPath;
  message: string;
}

/** `contact.role`, `topics[1]`; the empty path is the file itself. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part), "");
}

const typeNames: Record<string, string> = {
  string: "text",
  number: "ett tal",
  int: "ett heltal",
  boolean: "ja eller nej (true/false)",
  array: "en lista",
  object: "en grupp av fält",
  record: "en grupp av fält",
  date: "ett datum",
};

function describeValue(value: unknown): string {
  if (value === undefined) return "saknas";
  if (value === null) return "är tomt";
  if (Array.isArray(value)) return "är en lista";
  if (typeof value === "object") return "är en grupp av fält";
  if (typeof value === "number") return `är talet ${value}`;
  if (typeof value === "boolean") return `är ${value}`;
  return `är texten "${String(value)}"`;
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => `"${String(v)}"`);
  return values.length > 12 ? `${shown.join(", ")} …` : shown.join(", ");
}

/** The known keys of the object at `path` in `schema`, for "did you mean". */
export type KnownKeys = (path: FieldPath) => readonly string[];

export function toProblems(error: z.ZodError, knownKeys: KnownKeys): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // A misspelt key also makes the real one missing; "did you mean" already says both.
  const explainedMissing = new Set<string>();
  collect(error.issues, []);
  return problems.filter((p) => !(p.message === MISSING && explainedMissing.has(formatPath(p.path))));

  function collect(issues: readonly z.core.$ZodIssue[], prefix: FieldPath): void {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")];
      if (issue.code === "invalid_union" && issue.errors.length > 0) {
        // Report the form the value comes closest to, e.g. a known document or an own source,
        // instead of a bare "wrong form": the one whose field names it uses, then the one with
        // the fewest problems.
        const unknownKeys = (errors: readonly z.core.$ZodIssue[]) =>
          errors.reduce((count, e) => count + (e.code === "unrecognized_keys" && e.path.length === 0 ? e.keys.length : 0), 0);
        const closestForm = issue.errors.reduce((best, errors) =>
          unknownKeys(errors) < unknownKeys(best) || (unknownKeys(errors) === unknownKeys(best) && errors.length < best.length)
            ? errors
            : best,
        );
        collect(closestForm, path);
        continue;
      }
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const retired = path.length === 0 ? retiredFields[key] : undefined;
          if (retired) {
            problems.push({ path: [key], message: retired });
            continue;
          }
          const known = knownKeys(path);
          const suggestion = suggestKey(key, known);
          if (suggestion) explainedMissing.add(formatPath([...path, suggestion]));
          problems.push({ path: [...path, key], message: unknownKey(key, suggestion, known) });
        }
        continue;
      }
      problems.push({ path, message: describe(issue) });
    }
  }
}

const MISSING = "fältet saknas men måste fyllas i";

function suggestKey(key: string, known: readonly string[]): string | undefined {
  const normalised = fold(key);
  const alias = fieldAliases[normalised];
  return alias && known.includes(alias) ? alias : closest(key, known);
}

function unknownKey(key: string, suggestion: string | undefined, known: readonly string[]): string {
  const hint = suggestion ? ` Menade du "${suggestion}"?` : ` Tillåtna fält här: ${quoteList(known)}.`;
  return `okänt fält "${key}".${hint}`;
}

/** Lists with more values than this (290 municipalities) are not printed whole. */
const LONGEST_LIST = 24;

/** The allowed values, or for a long list those that begin like the given text, and how many there are. */
function allowedValues(allowed: readonly string[], given: string): string {
  if (allowed.length <= LONGEST_LIST) return `Tillåtna värden: ${quoteList(allowed)}.`;
  const start = fold(given).slice(0, 1);
  const alike = allowed.filter((value) => start && value.startsWith(start)).slice(0, LONGEST_LIST);
  const shown = alike.length > 0 ? alike : allowed.slice(0, 8);
  return `Det finns ${allowed.length} tillåtna värden, t.ex. ${quoteList(shown)}${shown.length < allowed.length ? " …" : ""}.`;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return MISSING;
      const wanted = typeNames[issue.expected] ?? issue.expected;
      return `ska vara ${wanted}, men ${describeValue(issue.input)}`;
    }
    case "invalid_value": {
      const given = issue.input;
      const allowed = issue.values.map(String);
      const suggestion = typeof given === "string" ? closest(given, allowed) : undefined;
      const prefix = given === undefined ? "fältet saknas" : `"${String(given)}" är inget tillåtet värde`;
      if (suggestion) return `${prefix}. Menade du "${suggestion}"?`;
      return `${prefix}. ${allowedValues(allowed, typeof given === "string" ? given : "")}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return min === 1 ? "listan är tom: skriv minst ett värde" : `listan måste ha minst ${min} värden`;
      if (issue.origin === "string") return min <= 1 ? "får inte vara tomt" : `är för kort: skriv minst ${min} tecken`;
      return `måste vara minst ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return `listan får ha högst ${max} värden`;
      if (issue.origin === "string") return `är för långt: högst ${max} tecken`;
      return `får vara högst ${max}`;
    }
    case "invalid_format":
      if (issue.format === "url") return "ska vara en fullständig webbadress som börjar med https://";
      return issue.message;
    case "invalid_union":
      return "har fel form";
    case "invalid_key":
      return issue.issues[0] ? describe(issue.issues[0] as z.core.$ZodIssue) : issue.message;
    default:
      return issue.message;
  }
}
