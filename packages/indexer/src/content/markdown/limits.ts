// Bounds that keep one contributed file from stalling or exhausting a build. The checks that
// run before parsing are single linear passes over the text; the parser only ever sees input
// that they have bounded.

export const limits = {
  /** A whole file, frontmatter included. The longest practice today is about 7 000 characters. */
  fileCharacters: 60_000,
  /** One line of text; long paragraphs are still fine, since a line ends at each line break. */
  lineCharacters: 3_000,
  /** `*` and `_` in one paragraph: the Markdown parser's emphasis matching grows quadratically with them. */
  emphasisMarksPerBlock: 200,
  /** Lists inside lists, quotes inside quotes. */
  nestingDepth: 8,
  links: 300,
  tableCells: 1_000,
} as const;

const number = (n: number) => n.toLocaleString("sv-SE");

export const limitMessages = {
  fileCharacters: (length: number) =>
    `filen är för lång (${number(length)} tecken, högst ${number(limits.fileCharacters)}). Korta texten eller dela upp den i flera exempel`,
  lineCharacters: (length: number) =>
    `raden är för lång (${number(length)} tecken, högst ${number(limits.lineCharacters)}). Dela upp den i stycken med en tom rad emellan`,
  emphasisMarks: () =>
    `stycket har fler än ${limits.emphasisMarksPerBlock} tecken * eller _. Använd * och _ bara för kursiv och fet stil, eller dela upp stycket`,
  nestingDepth: () => `listor eller citat ligger i mer än ${limits.nestingDepth} nivåer inuti varandra. Gör strukturen plattare`,
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
 * Limits that must hold before the text is parsed at all. `fatal` is true when parsing
 * could take too long, so the caller reports these findings and stops.
 */
export function checkTextBounds(text: string): { findings: LimitFinding[]; fatal: boolean } {
  if (text.length > limits.fileCharacters) {
    return { findings: [{ line: 1, message: limitMessages.fileCharacters(text.length) }], fatal: true };
  }
  const findings: LimitFinding[] = [];
  let fatal = false;
  let line = 1;
  let lineStart = 0;
  let blockStart = 1;
  let marksInBlock = 0;
  let blankLine = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10) {
      if (i - lineStart > limits.lineCharacters) findings.push({ line, message: limitMessages.lineCharacters(i - lineStart) });
      if (blankLine) {
        marksInBlock = 0;
        blockStart = line + 1;
      }
      line++;
      lineStart = i + 1;
      blankLine = true;
    } else if (code === 42 /* * */ || code === 95 /* _ */) {
      blankLine = false;
      if (++marksInBlock === limits.emphasisMarksPerBlock + 1) {
        findings.push({ line: blockStart, message: limitMessages.emphasisMarks() });
        fatal = true;
      }
    } else if (code !== 32 && code !== 9 && code !== 13) {
      blankLine = false;
    }
  }
  return { findings, fatal };
}
