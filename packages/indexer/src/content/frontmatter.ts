// Splits a content file into frontmatter and body with gray-matter, parsing the
// YAML with `yaml` so that every key keeps its line number for error messages.
import matter from "gray-matter";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { FieldPath } from "@kunskapsbanken/content-schema";

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** The line of the key at `path`, or of the closest parent that exists. */
  lineOf(path: FieldPath): number;
}

interface YamlProblem {
  line: number;
  message: string;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problems: YamlProblem[] };

const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: "samma fält står två gånger; ta bort det ena",
  TAB_AS_INDENT: "raden är indragen med tabb; använd mellanslag",
  BAD_INDENT: "indraget stämmer inte; rader på samma nivå ska börja lika långt in",
  MISSING_CHAR: "ett tecken saknas, ofta ett avslutande citattecken eller en hakparentes",
  BLOCK_AS_IMPLICIT_KEY: "raden kan inte läsas som fält: kontrollera kolon och indrag",
  MULTILINE_IMPLICIT_KEY: "ett fältnamn får inte gå över flera rader; saknas ett kolon eller ett citattecken?",
  UNEXPECTED_TOKEN: "oväntat tecken; kontrollera kolon, citattecken och indrag",
  BAD_SCALAR_START: "värdet börjar med ett tecken som inte får stå först; sätt värdet inom citattecken",
  ALIAS_PROPS: "YAML-alias stöds inte här; skriv ut värdet",
  BAD_ALIAS: "YAML-alias stöds inte här; skriv ut värdet",
  TAG: "YAML-taggar som !!binary eller !namn stöds inte; skriv värdet som vanlig text, eventuellt inom citattecken",
};

const fallbackYamlMessage = "raden kan inte läsas: kontrollera kolon, citattecken och indrag";

/** Line (1-based) in the file of the first frontmatter line. */
const FRONTMATTER_FIRST_LINE = 2;

export function parseContentFile(text: string): ParseResult {
  // Files saved on Windows end lines with CRLF; line numbers stay the same without the CR.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  if (source.includes("\uFFFD")) {
    return {
      ok: false,
      problems: [
        {
          line: lineOfIndex(source, source.indexOf("\uFFFD")),
          message: "filen innehåller tecken som inte är UTF-8. Spara filen som UTF-8",
        },
      ],
    };
  }
  if (!/^---\r?\n/.test(source)) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'filen ska börja med en rad "---" följd av fälten (frontmatter) och en rad "---"' }],
    };
  }
  if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(source.slice(3))) {
    return { ok: false, problems: [{ line: 1, message: 'frontmatter avslutas aldrig: lägg till en rad med bara "---" efter fälten' }] };
  }

  let document: Document.Parsed | undefined;
  let yamlStartsOnOpeningLine = false;
  let aliasOffset: number | undefined;
  let tagOffset: number | undefined;
  const lineCounter = new LineCounter();
  const parsed = matter(source, {
    // Passing options also turns off gray-matter's cache, so the engine always runs.
    engines: {
      yaml: (yamlText: string) => {
        // gray-matter hands over the text right after "---", usually starting with its newline.
        yamlStartsOnOpeningLine = yamlText.startsWith("\n") || yamlText.startsWith("\r\n");
        document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
        if (document.errors.length > 0) return {};
        // toJS throws on an alias (*name) when aliases are off: find it first and report its line.
        visit(document, {
          Alias(_, node) {
            aliasOffset = node.range?.[0] ?? 0;
            return visit.BREAK;
          },
          // An explicit tag (!!binary, !custom) asks the reader to build something other than
          // text, numbers and lists; other YAML readers in the build reject or misread them.
          Node(_, node) {
            if (node.tag === undefined) return undefined;
            tagOffset = node.range?.[0] ?? 0;
            return visit.BREAK;
          },
        });
        return aliasOffset === undefined && tagOffset === undefined ? (document.toJS({ maxAliasCount: 0 }) ?? {}) : {};
      },
    },
  });

  if (!document) return { ok: false, problems: [{ line: 1, message: "frontmatter saknas" }] };
  /** Line in the file of a line in the YAML text. */
  const fileLine = (yamlLine: number) => yamlLine + (yamlStartsOnOpeningLine ? 0 : 1);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        line: fileLine(lineCounter.linePos(error.pos[0]).line || FRONTMATTER_FIRST_LINE),
        message: yamlMessages[error.code] ?? fallbackYamlMessage,
      })),
    };
  }
  if (aliasOffset !== undefined) {
    return {
      ok: false,
      problems: [{ line: fileLine(lineCounter.linePos(aliasOffset).line || FRONTMATTER_FIRST_LINE), message: yamlMessages.BAD_ALIAS! }],
    };
  }
  if (tagOffset !== undefined) {
    return {
      ok: false,
      problems: [{ line: fileLine(lineCounter.linePos(tagOffset).line || FRONTMATTER_FIRST_LINE), message: yamlMessages.TAG! }],
    };
  }
  const data: unknown = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ line: FRONTMATTER_FIRST_LINE, message: 'frontmatter ska bestå av fält på formen "namn: värde"' }] };
  }

  const matterLines = parsed.matter.split("\n").length;
  const root = document.contents;
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      body: parsed.content,
      bodyLine: FRONTMATTER_FIRST_LINE + matterLines,
      lineOf: (path) => {
        const offset = offsetOf(root, path);
        return offset === undefined ? 1 : fileLine(lineCounter.linePos(offset).line);
      },
    },
  };
}

/** Character offset of the key (or list item) at `path`, or of its closest existing parent. */
function offsetOf(root: unknown, path: FieldPath): number | undefined {
  let node: unknown = root;
  let found: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair || !isPair(pair)) return found;
      found = (pair.key as Node).range?.[0] ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      const item = node.items[step] as Node | undefined;
      if (!item) return found;
      found = item.range?.[0] ?? found;
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
