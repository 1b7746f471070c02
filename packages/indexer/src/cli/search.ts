import { Option, type Command } from "commander";
import { labelOf } from "@kunskapsbanken/content-schema";
import { buildSearchIndex, restoreSearchIndex } from "../build-index.js";
import { cachedSearchIndex } from "../search-cache.js";
import { absentText, correctionPieces, countText, pageText, placeNote } from "../search/describe.js";
import { highlightParts } from "../search/highlight.js";
import { filterDefinitions, filterValueOf, type FilterName } from "../search/filters.js";
import type { SearchIndex } from "../search/search-index.js";
import { INDEX_FORMAT, type SearchFilters, type SerializedIndex } from "../search/types.js";
import { readFile } from "node:fs/promises";
import { UsageError } from "./errors.js";
import { loadValidContent } from "./load-valid.js";
import { escapeForTerminal, escapeJsonForTerminal } from "./terminal.js";

interface SearchCliOptions extends Partial<Record<FilterName, string[]>> {
  limit: string;
  json?: boolean;
  content: string;
  index?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(",").filter(Boolean)];

const isSerializedIndex = (data: unknown): data is SerializedIndex =>
  typeof data === "object" &&
  data !== null &&
  (data as SerializedIndex).format === INDEX_FORMAT &&
  typeof (data as SerializedIndex).count === "number" &&
  typeof (data as SerializedIndex).chunks === "object" &&
  (data as SerializedIndex).chunks !== null &&
  Object.values((data as SerializedIndex).chunks).every((chunk) => typeof chunk === "string");

/** An index written by `kb build`; anything else is the caller's mistake, said in Swedish (exit 2). */
async function readIndexFile(path: string): Promise<SearchIndex> {
  const rebuild = `Bygg det med kb build --out ${path}, eller sök utan --index.`;
  const notAnIndex = "Ange en fil som kb build har skrivit (t.ex. build/sokindex.json), eller sök utan --index.";
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`sökindexet ${path} finns inte. ${rebuild}`);
    throw new UsageError(`kunde inte läsa sökindexet ${path} (${code === "EISDIR" ? "det är en mapp" : (code ?? String(error))}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} är inte ett sökindex: filen är inte JSON. ${notAnIndex}`);
  }
  if (!isSerializedIndex(data)) {
    const format = (data as { format?: unknown } | null)?.format;
    const found = typeof format === "string" ? `formatet är "${format}"` : "formatet anges inte";
    throw new UsageError(`${path} är inte ett sökindex från kb build (${found}, ska vara "${INDEX_FORMAT}"). ${notAnIndex}`);
  }
  try {
    return await restoreSearchIndex(data);
  } catch {
    throw new UsageError(`sökindexet ${path} är skadat och går inte att läsa in. ${rebuild}`);
  }
}

async function openIndex(options: SearchCliOptions): Promise<SearchIndex | undefined> {
  if (options.index) return readIndexFile(options.index);
  return cachedSearchIndex(options.content, async () => {
    const content = await loadValidContent(options.content, "search");
    return content ? buildSearchIndex(content.practices, content) : undefined;
  });
}

/** The filters as given on the command line, place names read as ids (`--county Skåne` → skane-lan). */
function filtersOf(options: SearchCliOptions): SearchFilters {
  const filters: Record<string, string[]> = {};
  for (const filter of filterDefinitions) {
    filters[filter.name] = (options[filter.name] ?? []).map((text) => {
      const value = filterValueOf(filter.name, text);
      if (value === undefined) {
        const what = filter.name === "county" ? "ett län" : "en kommun, ett län eller sverige";
        throw new UsageError(
          `${filter.flag} ${text}: det är inte ${what}. Ange namnet eller id:t, t.ex. ${filter.help.split("t.ex. ")[1]}.`,
        );
      }
      return value;
    });
  }
  return filters;
}

export function registerSearch(program: Command): void {
  const command = program
    .command("search")
    .description("sök bland goda exempel")
    .argument("[fråga]", "sökord; tomt listar allt som matchar filtren", "");
  for (const filter of filterDefinitions) {
    const value = filter.name === "county" || filter.name === "municipality" ? "<id|namn>" : "<id>";
    command.option(`${filter.flag} ${value}`, `${filter.help} (kan upprepas)`, collect);
  }
  command
    .option("--limit <antal>", "högst så många träffar", "10")
    .option("--json", "skriv träffarna som JSON")
    .option("--content <mapp>", "innehållsmappen", "content")
    .addOption(new Option("--index <fil>", "sök i ett färdigbyggt index i stället för att läsa innehållet"))
    .action(async (query: string, options: SearchCliOptions) => {
      const limit = Number.parseInt(options.limit, 10);
      if (!/^\s*\d+\s*$/.test(options.limit) || !Number.isFinite(limit) || limit < 1) {
        throw new UsageError(`--limit ska vara ett positivt heltal, inte "${options.limit}".`);
      }
      const filters = filtersOf(options);
      const index = await openIndex(options);
      if (!index) return;
      const result = index.run(query, { filters, limit });
      if (options.json) {
        console.log(escapeJsonForTerminal(JSON.stringify(result.hits, null, 2)));
        return;
      }
      const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
      // Titles, summaries and the query come from people: printed escaped, never raw.
      const safe = escapeForTerminal;
      for (const correction of result.corrections) {
        console.log(
          `${correctionPieces(correction)
            .map((piece) => (piece.emphasis ? bold(safe(piece.text)) : safe(piece.text)))
            .join("")}.`,
        );
      }
      const absent = absentText(result);
      if (absent) console.log(safe(absent));
      for (const page of result.pages) {
        console.log(`→ ${safe(pageText(page))}  (${page.path})`);
        const note = placeNote(page);
        if (note) console.log(`  ${note.text}${note.link ? ` ${note.link.text}: ${note.link.path}` : ""}`);
      }
      if (result.hits.length === 0) {
        console.log(`Inga träffar för "${safe(query)}".`);
        if (result.suggestions.length === 0 && query.trim())
          console.log("Bläddra bland ämnen (/amne), målgrupper (/malgrupp) eller alla exempel (/praktiker).");
      } else {
        console.log(`${countText(result)}${result.hits.length < result.total ? `, de ${result.hits.length} första:` : ":"}`);
        for (const [rank, hit] of result.hits.entries()) {
          const title = highlightParts(hit.title, query, result.highlight)
            .map((part) => (part.match ? bold(safe(part.text)) : safe(part.text)))
            .join("");
          const places = safe(hit.municipalities.map((id) => labelOf("municipalities", id)).join(", "));
          console.log(`${rank + 1}. ${title}  [${places}]  (${safe(hit.id)})`);
          console.log(`   ${safe(hit.summary)}`);
        }
      }
      if (result.suggestions.length > 0) {
        console.log("\nBläddra i stället bland:");
        for (const page of result.suggestions) console.log(`  ${safe(pageText(page))}  (${page.path})`);
      }
    });
}
