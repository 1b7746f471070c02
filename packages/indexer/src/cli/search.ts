import { Option, type Command } from "commander";
import { labelOf } from "@kunskapsbanken/content-schema";
import { buildSearchIndex } from "../build-index.js";
import { highlightParts } from "../search/highlight.js";
import { SearchIndex } from "../search/search-index.js";
import { INDEX_FORMAT, type SearchFilters, type SerializedIndex } from "../search/types.js";
import { readFile } from "node:fs/promises";
import { UsageError } from "./errors.js";
import { loadValidContent } from "./load-valid.js";
import { escapeForTerminal, escapeJsonForTerminal } from "./terminal.js";

interface SearchCliOptions {
  municipality?: string[];
  topic?: string[];
  targetGroup?: string[];
  funding?: string[];
  status?: string[];
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
    return await SearchIndex.fromSerialized(data);
  } catch {
    throw new UsageError(`sökindexet ${path} är skadat och går inte att läsa in. ${rebuild}`);
  }
}

async function openIndex(options: SearchCliOptions): Promise<SearchIndex | undefined> {
  if (options.index) return readIndexFile(options.index);
  const content = await loadValidContent(options.content, "search");
  return content ? buildSearchIndex(content.practices) : undefined;
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("sök bland goda exempel")
    .argument("[fråga]", "sökord; tomt listar allt som matchar filtren", "")
    .option("--municipality <id>", "bara exempel från kommunen, t.ex. flen (kan upprepas)", collect)
    .option("--topic <id>", "bara exempel inom ämnet (kan upprepas)", collect)
    .option("--target-group <id>", "bara exempel för målgruppen (kan upprepas)", collect)
    .option("--funding <id>", "bara exempel med finansieringen (kan upprepas)", collect)
    .option("--status <id>", "bara exempel med status, t.ex. pagaende (kan upprepas)", collect)
    .option("--limit <antal>", "högst så många träffar", "10")
    .option("--json", "skriv träffarna som JSON")
    .option("--content <mapp>", "innehållsmappen", "content")
    .addOption(new Option("--index <fil>", "sök i ett färdigbyggt index i stället för att läsa innehållet"))
    .action(async (query: string, options: SearchCliOptions) => {
      const limit = Number.parseInt(options.limit, 10);
      if (!/^\s*\d+\s*$/.test(options.limit) || !Number.isFinite(limit) || limit < 1) {
        throw new UsageError(`--limit ska vara ett positivt heltal, inte "${options.limit}".`);
      }
      const index = await openIndex(options);
      if (!index) return;
      const filters: SearchFilters = {
        municipality: options.municipality,
        topic: options.topic,
        targetGroup: options.targetGroup,
        funding: options.funding,
        status: options.status,
      };
      const hits = index.search(query, { filters, limit });
      if (options.json) {
        console.log(escapeJsonForTerminal(JSON.stringify(hits, null, 2)));
        return;
      }
      if (hits.length === 0) {
        console.log(`Inga träffar för "${escapeForTerminal(query)}".`);
        return;
      }
      const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
      for (const [rank, hit] of hits.entries()) {
        // Titles and summaries come from contributors' files: printed escaped, never raw.
        const title = highlightParts(hit.title, query)
          .map((part) => (part.match ? bold(escapeForTerminal(part.text)) : escapeForTerminal(part.text)))
          .join("");
        const places = escapeForTerminal(hit.municipalities.map((id) => labelOf("municipalities", id)).join(", "));
        console.log(`${rank + 1}. ${title}  [${places}]  (${escapeForTerminal(hit.id)})`);
        console.log(`   ${escapeForTerminal(hit.summary)}`);
      }
    });
}
