// `kb search` answers from a cached index: building one reads and validates every file and
// loads the Swedish dictionary (over a second), while hashing the content takes milliseconds.
// The cache is keyed by the content's bytes and by the indexer's own code, so any change to
// either builds a fresh index. It lives in node_modules/.cache, which Git ignores.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { contentFolders } from "@kunskapsbanken/domain";
import { restoreSearchIndex } from "./build-index.js";
import type { SearchIndex } from "./search/search-index.js";
import { INDEX_FORMAT, type SerializedIndex } from "./search/types.js";

/** The folders of the content directory that go into the index: all of them. */
const CONTENT_FOLDERS = Object.keys(contentFolders);

async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true }))
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** A hash of everything the index is built from: the content files and the indexer's code and data. */
async function contentKey(contentDir: string): Promise<string> {
  const hash = createHash("sha256").update(INDEX_FORMAT);
  const dist = dirname(fileURLToPath(import.meta.url));
  const code = [join(dist, "build-index.js"), join(dist, "search-cache.js")];
  for (const folder of ["search", "compounds"]) {
    for (const name of (await readdir(join(dist, folder)).catch(() => [])).filter((n) => n.endsWith(".js")).sort())
      code.push(join(dist, folder, name));
  }
  for (const file of code) hash.update(file).update(await readFile(file).catch(() => Buffer.alloc(0)));
  const schemaData = join(dirname(fileURLToPath(import.meta.resolve("@kunskapsbanken/content-schema"))), "..", "..", "data");
  // The vocabularies and the thesaurus (JSON files); the reference data in subfolders is not indexed.
  const dataFiles = (await readdir(schemaData, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile());
  for (const name of dataFiles.map((entry) => entry.name).sort()) hash.update(name).update(await readFile(join(schemaData, name)));
  for (const folder of CONTENT_FOLDERS) {
    for (const file of await filesUnder(join(contentDir, folder))) hash.update(file.slice(contentDir.length)).update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 32);
}

/** node_modules/.cache/kunskapsbanken in the nearest folder with node_modules, or `KB_CACHE_DIR`. */
function cacheDir(from = process.cwd()): string | undefined {
  if (process.env.KB_CACHE_DIR) return process.env.KB_CACHE_DIR;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "kunskapsbanken");
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The index for `contentDir`: from the cache when the content and code are unchanged, else
 * from `build()` (which validates; undefined when the content has errors), then cached.
 */
export async function cachedSearchIndex(
  contentDir: string,
  build: () => Promise<SearchIndex | undefined>,
): Promise<SearchIndex | undefined> {
  const dir = cacheDir();
  const absolute = resolve(contentDir);
  const prefix = createHash("sha256").update(absolute).digest("hex").slice(0, 8);
  const key = dir ? await contentKey(absolute) : "";
  const file = dir ? join(dir, `search-${prefix}-${key}.json`) : "";
  if (dir) {
    try {
      return await restoreSearchIndex(JSON.parse(await readFile(file, "utf8")) as SerializedIndex);
    } catch {
      // No cache yet, or an unreadable one: build below.
    }
  }
  const index = await build();
  if (index && dir) {
    try {
      await mkdir(dir, { recursive: true });
      for (const old of await readdir(dir)) if (old.startsWith(`search-${prefix}-`)) await rm(join(dir, old), { force: true });
      await writeFile(file, JSON.stringify(await index.exportIndex()));
    } catch {
      // A read-only disk only costs speed.
    }
  }
  return index;
}
