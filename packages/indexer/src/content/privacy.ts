// Everything in the knowledge base is public. A Swedish personal identity number must never
// be published (an error); what looks like a private person's e-mail address or mobile
// number is probably a mistake too, but can be a function's, so it is a warning.
//
// Text is checked as a reader sees it, not as it is typed: Unicode-normalised (full-width
// digits become digits), entities decoded, Markdown escapes and invisible characters gone,
// and digit groups read together across spaces, dashes and dots.
import * as personnummerModule from "personnummer";
import { formatPath, type FieldPath } from "@kunskapsbanken/content-schema";
import type { TextBlock } from "./markdown/allow-list.js";

export interface PrivacyFinding {
  line: number;
  /** The frontmatter field, e.g. `contact.role`, or `text` for the body. */
  field: string;
  message: string;
  severity: "error" | "warning";
}

// personnummer is CommonJS (module.exports = the class) but its types declare an ES default
// export, so TypeScript and Node disagree about what `default` is; take whichever holds `valid`.
type Validator = { valid(pin: string): boolean };
const namespace = personnummerModule as unknown as Validator & { default?: Validator & { default?: Validator } };
const Personnummer: Validator = [namespace.default?.default, namespace.default, namespace].find(
  (m): m is Validator => typeof m?.valid === "function",
)!;

/** firstname.lastname@ or firstname_lastname@: the shape of a person's address, not of info@ or sfi@. */
const PERSONAL_EMAIL = /(?<![\p{L}\p{N}._%+-])\p{L}[\p{L}-]*[._]\p{L}[\p{L}-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** A Swedish mobile number: 07x-xxx xx xx, 070.123.45.67, +46 7x…, 0046 7x… */
const MOBILE = /(?:(?:\+|(?<!\d)00)46[\s.-]?(?:\(0\)[\s.-]?)?|(?<![\d+])0)7\d(?:[\s.-]?\d){7}(?!\d)/;

export const privacyMessages = {
  personnummer: "ser ut som ett personnummer. Allt i kunskapsbanken är offentligt: ta bort det",
  email: "ser ut som en privatpersons e-postadress (förnamn.efternamn@…). Skriv en funktionsadress eller en roll i stället",
  phone: "ser ut som ett mobilnummer till en person. Skriv en roll eller ett växelnummer i stället",
} as const;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hyphen: "‐",
  amp: "&",
  plus: "+",
  period: ".",
  nbhy: "\u2011",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, only digits and gaps matter here, far inside the range
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Text as a reader would read it, for the checks below. Line breaks are kept, so matches can be located. */
function readableText(text: string): string {
  return decodeEntities(text)
    .normalize("NFKC")
    .replace(/[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, "")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/(?<=\d)[*_~`]+|[*_~`]+(?=\d)/g, "");
}

/** Space, dashes, dots or a plus between two digit groups of one number. */
const GROUP_GAP = /^[\s.+\-\u2010-\u2015\u2212]{1,3}$/;

/** Valid personal identity (or coordination) numbers in `text`, each with where it starts. */
function identityNumbersIn(text: string): { index: number; number: string }[] {
  const groups = [...text.matchAll(/\d+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, digits: match[0] }));
  const found: { index: number; number: string }[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, one more round finds no group and stops
  for (let first = 0; first < groups.length; first++) {
    let digits = "";
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past 12 digits no number is valid; the stop saves work
    for (let next = first; next < groups.length && digits.length < 12; next++) {
      const group = groups[next]!;
      if (next > first && !GROUP_GAP.test(text.slice(groups[next - 1]!.end, group.start))) break;
      digits += group.digits;
      // Stryker disable next-line ConditionalExpression: equivalent, the validator itself takes only 10 or 12 digits
      if ((digits.length === 10 || digits.length === 12) && Personnummer.valid(digits)) {
        found.push({ index: groups[first]!.start, number: text.slice(groups[first]!.start, group.end) });
        first = next;
        break;
      }
    }
  }
  return found;
}

/** Valid personal identity (or coordination) numbers in `text`, as they are written after normalisation. */
export function personalIdentityNumbers(text: string): string[] {
  return identityNumbersIn(readableText(text)).map((found) => found.number);
}

interface LocatedIssue {
  /** Lines after the first line of the text where the issue starts. */
  lineOffset: number;
  message: string;
  severity: "error" | "warning";
}

const linesBefore = (text: string, index: number) => {
  let count = 0;
  // Stryker disable next-line EqualityOperator: equivalent, a match never starts at a line break
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
};

function locatedIssues(raw: string): LocatedIssue[] {
  const text = readableText(raw);
  const issues: LocatedIssue[] = identityNumbersIn(text).map((found) => ({
    lineOffset: linesBefore(text, found.index),
    message: privacyMessages.personnummer,
    severity: "error" as const,
  }));
  const email = PERSONAL_EMAIL.exec(text);
  if (email) issues.push({ lineOffset: linesBefore(text, email.index), message: privacyMessages.email, severity: "warning" });
  const mobile = MOBILE.exec(text);
  if (mobile) issues.push({ lineOffset: linesBefore(text, mobile.index), message: privacyMessages.phone, severity: "warning" });
  return issues;
}

/** What in one piece of text should not be published, without location. */
export function privacyIssues(text: string): { message: string; severity: "error" | "warning" }[] {
  const seen = new Set<string>();
  return locatedIssues(text)
    .map(({ message, severity }) => ({ message, severity }))
    .filter((issue) => {
      if (seen.has(issue.message)) return false;
      seen.add(issue.message);
      return true;
    });
}

const MAX_DEPTH = 64;

/** Every string and number in the frontmatter, with its path. */
function* valuesOf(value: unknown, path: FieldPath = [], depth = 0): Generator<[FieldPath, string]> {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") yield [path, value];
  else if (typeof value === "number" || typeof value === "bigint") yield [path, String(value)];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* valuesOf(item, [...path, i], depth + 1);
  else yield* entriesOf(value, path, depth);
}

function* entriesOf(value: unknown, path: FieldPath, depth: number): Generator<[FieldPath, string]> {
  // Stryker disable next-line ConditionalExpression: equivalent, a boolean has no entries, and YAML gives no functions
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* valuesOf(item, [...path, key], depth + 1);
  }
}

/** Personal data in the frontmatter values and in the body's text blocks, located by line and field. */
export function findPrivateData(
  data: Record<string, unknown>,
  blocks: readonly TextBlock[],
  bodyLine: number,
  lineOf: (path: FieldPath) => number,
  bodyField = "text",
): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const [path, text] of valuesOf(data)) {
    for (const issue of privacyIssues(text)) findings.push({ line: lineOf(path), field: formatPath(path), ...issue });
  }
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const { lineOffset, message, severity } of locatedIssues(block.text)) {
      const line = bodyLine + block.line - 1 + lineOffset;
      const key = `${line}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ line, field: bodyField, message, severity });
    }
  }
  return findings;
}
