// Bounds that keep one contributed file from stalling or exhausting a build. The checks that
// run before parsing are single linear passes over the text; the parser only ever sees input
// that they have bounded. The Markdown parser's time grows faster than the text wherever lists
// and quotes open and close (each closing moves every event read so far), on lines that continue
// a quote lazily, and in directive fences inside one another; so the raw text's lines, list and
// quote markers, nesting and fences are counted here, and a file that breaks a bound is refused
// before the parser sees it.

export const limits = {
  /** A whole file, frontmatter included. The longest practice today is about 7 000 characters. */
  fileCharacters: 60_000,
  /** One line of text; long paragraphs are still fine, since a line ends at each line break. */
  lineCharacters: 3_000,
  /** Lines of text. The longest file today has about 130. */
  lines: 2_000,
  /** `*` and `_` in one paragraph: the Markdown parser's emphasis matching grows quadratically with them. */
  emphasisMarksPerBlock: 200,
  /** Lists inside lists, quotes inside quotes. */
  nestingDepth: 8,
  /** List items and quote lines (`-`, `*`, `+`, `1.` or `>` first on a line). A practice today has at most 15. */
  structureMarks: 300,
  /** Lines starting with `:::` (directives, which are refused anyway, but cost much to parse nested). */
  fences: 10,
  links: 300,
  tableCells: 1_000,
} as const;

const number = (n: number) => n.toLocaleString("sv-SE");

export const limitMessages = {
  fileCharacters: (length: number) =>
    `filen är för lång (${number(length)} tecken, högst ${number(limits.fileCharacters)}). Korta texten eller dela upp den i flera exempel`,
  lineCharacters: (length: number) =>
    `raden är för lång (${number(length)} tecken, högst ${number(limits.lineCharacters)}). Dela upp den i stycken med en tom rad emellan`,
  lines: () => `texten har fler än ${number(limits.lines)} rader. Korta texten eller dela upp den i flera exempel`,
  emphasisMarks: () =>
    `stycket har fler än ${limits.emphasisMarksPerBlock} tecken * eller _. Använd * och _ bara för kursiv och fet stil, eller dela upp stycket`,
  nestingDepth: () => `listor eller citat ligger i mer än ${limits.nestingDepth} nivåer inuti varandra. Gör strukturen plattare`,
  structureMarks: () =>
    `texten har fler än ${limits.structureMarks} listpunkter och citatrader. Skriv en del av listorna som vanliga stycken`,
  fences: () => `texten har fler än ${limits.fences} rader som börjar med :::. Skriv vanlig text`,
  links: () => `texten har fler än ${limits.links} länkar. Behåll de viktigaste`,
  tableCells: () =>
    `tabellerna har tillsammans fler än ${number(limits.tableCells)} celler. Gör tabellen mindre eller länka till underlaget`,
} as const;

export interface LimitFinding {
  /** Line within the text, 1-based. */
  line: number;
  message: string;
}

/**
 * The list and quote markers that start a line: `>`, or `-`, `*`, `+`, `1.`, `1)` followed by
 * white space or the end of the line, each after any indentation. At most `limit + 1` are
 * counted, so a line of ten thousand `> ` costs no more than a short one.
 */
export function leadingMarks(line: string, limit: number = limits.nestingDepth): { marks: number; rest: string } {
  let at = 0;
  let marks = 0;
  while (marks <= limit) {
    while (line[at] === " " || line[at] === "\t") at++;
    const char = line[at];
    let end = at;
    if (char === ">") end = at + 1;
    else if (char === "-" || char === "*" || char === "+") end = at + 1;
    else {
      while (end < at + 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
      if (end === at || (line[end] !== "." && line[end] !== ")")) break;
      end++;
    }
    if (char !== ">" && end < line.length && line[end] !== " " && line[end] !== "\t") break;
    marks++;
    at = end;
  }
  return { marks, rest: line.slice(at) };
}

const isBlank = (line: string) => /^[ \t\r]*$/.test(line);

function emphasisMarksIn(line: string): number {
  let count = 0;
  for (const char of line) if (char === "*" || char === "_") count++;
  return count;
}

/**
 * Limits that must hold before the text is parsed at all. Every finding here is `fatal`: the
 * caller reports them and does not parse, since parsing could take too long. Each bound is
 * reported once, at the line where it is first broken (for emphasis, where its paragraph starts).
 */
export function checkTextBounds(text: string): { findings: LimitFinding[]; fatal: boolean } {
  if (text.length > limits.fileCharacters) {
    return { findings: [{ line: 1, message: limitMessages.fileCharacters(text.length) }], fatal: true };
  }
  const findings: LimitFinding[] = [];
  const reported = new Set<string>();
  /** Bounds for the whole text are reported once, at the first line that breaks them. */
  const reportOnce = (line: number, message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    findings.push({ line, message });
  };
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let blockStart = 1;
  let marksInBlock = 0;
  let structureMarks = 0;
  let fences = 0;
  for (const [index, content] of lines.slice(0, limits.lines).entries()) {
    const line = index + 1;
    if (content.length > limits.lineCharacters) findings.push({ line, message: limitMessages.lineCharacters(content.length) });
    if (isBlank(content)) {
      marksInBlock = 0;
      blockStart = line + 1;
      continue;
    }
    const before = marksInBlock;
    marksInBlock += emphasisMarksIn(content);
    // Once per paragraph: when its count first passes the bound.
    if (before <= limits.emphasisMarksPerBlock && marksInBlock > limits.emphasisMarksPerBlock)
      findings.push({ line: blockStart, message: limitMessages.emphasisMarks() });
    const { marks, rest } = leadingMarks(content);
    if (marks > limits.nestingDepth) reportOnce(line, limitMessages.nestingDepth());
    structureMarks += marks;
    if (structureMarks > limits.structureMarks) reportOnce(line, limitMessages.structureMarks());
    if (rest.startsWith(":::") && ++fences > limits.fences) reportOnce(line, limitMessages.fences());
  }
  if (lines.length > limits.lines) reportOnce(limits.lines + 1, limitMessages.lines());
  return { findings, fatal: findings.length > 0 };
}
