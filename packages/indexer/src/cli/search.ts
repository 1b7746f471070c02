import { Option, type Command } from "commander";
import { labelOf } from "@kunskapsbanken/content-schema";
import { buildSearchIndex } from "../build-index.js";
import { highlightParts } from "../search/highlight.js";
import { SearchIndex } from "../search/search-index.js";
import type { SearchFilters, SerializedIndex } from "../search/types.js";
import { readFile } from "node:fs/promises";
import { loadValidContent } from "./load-valid.js";

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

async function openIndex(options: SearchCliOptions): Promise<SearchIndex | undefined> {
  if (options.index) return SearchIndex.fromSerialized(JSON.parse(await readFile(options.index, "utf8")) as SerializedIndex);
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
      if (!Number.isFinite(limit) || limit < 1) {
        console.error(`kb search: --limit ska vara ett positivt heltal, inte "${options.limit}".`);
        process.exitCode = 2;
        return;
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
        console.log(JSON.stringify(hits, null, 2));
        return;
      }
      if (hits.length === 0) {
        console.log(`Inga träffar för "${query}".`);
        return;
      }
      const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
      for (const [rank, hit] of hits.entries()) {
        const title = highlightParts(hit.title, query).map((part) => (part.match ? bold(part.text) : part.text)).join("");
        const places = hit.municipalities.map((id) => labelOf("municipalities", id)).join(", ");
        console.log(`${rank + 1}. ${title}  [${places}]  (${hit.id})`);
        console.log(`   ${hit.summary}`);
      }
    });
}
