// Contributed Markdown is data, not code. The site compiles it as CommonMark, but
// we still refuse anything that would run or inject if it ever reached a browser
// or an MDX compiler, and tell the contributor what to write instead.

export interface BodyFinding {
  /** Line within the body, 1-based. */
  line: number;
  message: string;
}

interface Rule {
  pattern: RegExp;
  message: string;
}

// Order matters: the first rule that matches a line wins, so specific rules
// come before the general "no HTML" rule.
const rules: Rule[] = [
  {
    pattern: /^\s{0,3}(?:import|export)\s/,
    message: "rader som börjar med import eller export är kod (MDX) och är inte tillåtna. Skriv vanlig text",
  },
  {
    pattern: /<\s*script\b/i,
    message: "<script> är inte tillåtet: sidor i kunskapsbanken får inte köra kod. Beskriv i text i stället",
  },
  {
    pattern: /<\s*iframe\b/i,
    message: "<iframe> är inte tillåtet. Länka i stället till sidan med [text](https://adress)",
  },
  {
    pattern: /<\s*style\b/i,
    message: "<style> är inte tillåtet: utseendet styrs av webbplatsen. Skriv ren Markdown",
  },
  {
    pattern: /<[^>]*\son[a-z]+\s*=/i,
    message: "HTML-attribut som onclick= eller onerror= kör kod och är inte tillåtna. Skriv ren Markdown",
  },
  {
    pattern: /(?:java|vb)script\s*:|data\s*:\s*text\/html/i,
    message: "länkar som börjar med javascript: är inte tillåtna. Länka till en webbadress som börjar med https://",
  },
  {
    pattern: /<[A-Z][\w.]*(?:[\s/>]|$)/,
    message: "komponenter som <Namn> (JSX/MDX) är inte tillåtna. Skriv vanlig text",
  },
  {
    pattern: /<\/?[a-z][a-z0-9-]*(?:[\s/>]|$)/i,
    message: "HTML är inte tillåtet. Använd Markdown: **fet**, *kursiv*, [länktext](https://adress), - punktlista",
  },
  {
    pattern: /[{}]/,
    message: "klammerparenteser { } kan tolkas som kod (MDX). Skriv texten utan dem, eller med vanliga parenteser",
  },
];

/** Blanks out inline code spans: `like this` is shown as text and never runs. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?:(?!\1)[^])*?\1/g, (span) => " ".repeat(span.length));
}

/** Every unsafe construct in a Markdown body, one finding per line at most. */
export function findUnsafeMarkdown(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  let fence: string | undefined;
  const lines = body.split(/\r?\n/);
  for (const [index, rawLine] of lines.entries()) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const line = withoutCodeSpans(rawLine).replace(/<!--.*?-->/g, "");
    const rule = rules.find((r) => r.pattern.test(line));
    if (rule) findings.push({ line: index + 1, message: rule.message });
  }
  return findings;
}
