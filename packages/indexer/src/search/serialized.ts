// How an index travels as one JSON file: FlexSearch's export chunks plus ours. The site
// serves a sharded index instead (`shard-format.ts`).
import { INDEX_FORMAT, type SerializedIndex } from "./types.js";

/** Chunks we add to FlexSearch's export: the thesaurus and the pages. */
export const EXTRA_CHUNKS = { thesaurus: "kb.thesaurus", pages: "kb.pages" } as const;

export function assertFormat(serialized: SerializedIndex): void {
  if (serialized?.format !== INDEX_FORMAT) throw new Error(`Unknown search index format: ${String(serialized?.format)}`);
}
