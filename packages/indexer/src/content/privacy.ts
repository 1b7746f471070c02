// Everything in the knowledge base is public. A Swedish personal identity number must never
// be published (an error); what looks like a private person's e-mail address or mobile
// number is probably a mistake too, but can be a function's, so it is a warning.
import * as personnummerModule from "personnummer";
import { formatPath, type FieldPath } from "@kunskapsbanken/content-schema";

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
const Personnummer: Validator = [namespace.default?.default, namespace.default, namespace].find((m): m is Validator => typeof m?.valid === "function")!;

/** YYMMDD or YYYYMMDD, an optional - or +, then four digits; not inside a longer number. */
const PERSONNUMMER = /(?<![\d-])(?:\d{6}|\d{8})[-+]?\d{4}(?!\d)/g;
/** firstname.lastname@domain: the shape of a person's address, not of info@ or sfi@. */
const PERSONAL_EMAIL = /(?<![\p{L}\p{N}._%+-])\p{L}[\p{L}-]*\.\p{L}[\p{L}-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** A Swedish mobile number: 07x-xxx xx xx, 07xxxxxxxx or +46 7x xxx xx xx. */
const MOBILE = /(?:\+46[\s-]?\(?0?\)?|(?<![\d+])0)7\d(?:[\s-]?\d){7}(?![\d])/;

export const privacyMessages = {
  personnummer: "ser ut som ett personnummer. Allt i kunskapsbanken är offentligt: ta bort det",
  email: "ser ut som en privatpersons e-postadress (förnamn.efternamn@…). Skriv en funktionsadress eller en roll i stället",
  phone: "ser ut som ett mobilnummer till en person. Skriv en roll eller ett växelnummer i stället",
} as const;

/** Valid personal identity (or coordination) numbers in `text`, as written. */
export function personalIdentityNumbers(text: string): string[] {
  return [...text.matchAll(PERSONNUMMER)].map((match) => match[0]).filter((candidate) => Personnummer.valid(candidate));
}

/** What in one piece of text should not be published, without location. */
export function privacyIssues(text: string): { message: string; severity: "error" | "warning" }[] {
  const issues: { message: string; severity: "error" | "warning" }[] = [];
  if (personalIdentityNumbers(text).length > 0) issues.push({ message: privacyMessages.personnummer, severity: "error" });
  if (PERSONAL_EMAIL.test(text)) issues.push({ message: privacyMessages.email, severity: "warning" });
  if (MOBILE.test(text)) issues.push({ message: privacyMessages.phone, severity: "warning" });
  return issues;
}

const MAX_DEPTH = 64;

/** Every string and number in the frontmatter, with its path. */
function* valuesOf(value: unknown, path: FieldPath = [], depth = 0): Generator<[FieldPath, string]> {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") yield [path, value];
  else if (typeof value === "number" || typeof value === "bigint") yield [path, String(value)];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* valuesOf(item, [...path, i], depth + 1);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* valuesOf(item, [...path, key], depth + 1);
  }
}

/** Personal data in the frontmatter values and in the Markdown body, located by line and field. */
export function findPrivateData(
  data: Record<string, unknown>,
  body: string,
  bodyLine: number,
  lineOf: (path: FieldPath) => number,
  bodyField = "text",
): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const [path, text] of valuesOf(data)) {
    for (const issue of privacyIssues(text)) findings.push({ line: lineOf(path), field: formatPath(path) || "fil", ...issue });
  }
  body.split(/\r?\n/).forEach((text, index) => {
    for (const issue of privacyIssues(text)) findings.push({ line: bodyLine + index, field: bodyField, ...issue });
  });
  return findings;
}
