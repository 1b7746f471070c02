// Frontmatter strings end up in HTML, JSON, CSV, XML, terminals and CI logs. Characters that
// are invisible, break a line or a file format, or reorder text on screen are refused here,
// once, so no output has to guess what to do with them.
import type { FieldPath, SchemaProblem } from "./problems.js";

/**
 * C0 controls (tab and line breaks included: every frontmatter field is one line), DEL,
 * C1 controls, Unicode line and paragraph separators, and the invisible marks and
 * overrides that make text read differently from what it is.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why `text` cannot be a one-line value, naming the character and where it is, or undefined when it can. */
export function unsafeCharacterProblem(text: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const what =
    char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029"
      ? "en radbrytning"
      : char === "\t"
        ? "en tabb"
        : BIDI.test(char)
          ? "ett osynligt tecken som styr textriktningen"
          : "ett styrtecken";
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return `får inte innehålla ${what} (${code}, tecken ${match.index + 1}); skriv allt på en rad med vanliga tecken`;
}
/** Half of a UTF-16 surrogate pair on its own: not a character at all, and invalid in XML and UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const textSafetyMessages = {
  control: "innehåller en radbrytning, en tabb eller ett osynligt styrtecken. Skriv värdet på en rad med vanliga tecken",
  surrogate: "innehåller ett trasigt tecken (en ensam UTF-16-halva). Skriv om värdet med vanliga tecken",
} as const;

const MAX_DEPTH = 32;

/** Every frontmatter string that holds a forbidden character, with its path. */
export function unsafeTextProblems(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const stack: { value: unknown; path: FieldPath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > MAX_DEPTH) continue;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) problems.push({ path, message: textSafetyMessages.surrogate });
      else if (FORBIDDEN.test(value)) problems.push({ path, message: textSafetyMessages.control });
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push({ value: item, path: [...path, index] });
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN.test(key) || LONE_SURROGATE.test(key)) problems.push({ path, message: textSafetyMessages.control });
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return problems.reverse();
}
