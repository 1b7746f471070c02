// How an index travels as JSON: FlexSearch's export chunks plus ours, and the split into
// what the first search needs and what may load while the reader types.
import { indexedFieldPath } from "./encoder.js";
import { INDEX_FORMAT, type SerializedIndex } from "./types.js";

/** Chunks we add to FlexSearch's export: the thesaurus and the pages, both needed for the first search. */
export const EXTRA_CHUNKS = { thesaurus: "kb.thesaurus", pages: "kb.pages" } as const;

export function assertFormat(serialized: SerializedIndex): void {
  if (serialized?.format !== INDEX_FORMAT) throw new Error(`Unknown search index format: ${String(serialized?.format)}`);
}

/** Chunks of an export that the first search needs: the title field, the registry, the store, our extras. */
function isFirstSearchChunk(key: string): boolean {
  return key.startsWith(`${indexedFieldPath("title")}.`) || key.endsWith(".reg") || key.endsWith(".doc") || key.startsWith("kb.");
}

/** See `SearchIndex.splitForFirstSearch`. */
export function splitForFirstSearch(serialized: SerializedIndex): { first: SerializedIndex; rest: SerializedIndex } {
  const first: SerializedIndex = { ...serialized, chunks: {} };
  const rest: SerializedIndex = { ...serialized, chunks: {} };
  for (const [key, data] of Object.entries(serialized.chunks)) (isFirstSearchChunk(key) ? first : rest).chunks[key] = data;
  return { first, rest };
}
