// Content values printed to a terminal or a CI log. A title comes from a contributor's file:
// raw, a newline could start a line that CI reads as a workflow command (`::error …`), an
// ESC sequence could recolour or clear the terminal, and a bidi override could make the
// text read differently from what it is. Every command prints content through this.

/** C0 and C1 controls (newlines, tab and ESC among them), DEL, Unicode line separators and bidi controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** What JSON.stringify leaves raw: DEL, C1 controls, line separators and bidi controls (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * The text with every character that could move the cursor, start a new line, send a
 * terminal command or reorder text shown visibly instead: `\n`, `\r`, `\t`, or `\uXXXX`
 * (`\u001b` for ESC, `\u202e` for a right-to-left override). Everything else is unchanged.
 */
export function escapeForTerminal(text: string): string {
  return String(text).replace(UNSAFE, (char) => named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** JSON text (as JSON.stringify writes it) made as safe to print; a JSON reader gets the same values back. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
