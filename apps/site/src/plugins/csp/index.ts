// A local plugin that, after the build, puts the site's Content-Security-Policy into every
// HTML page (./html.ts), with the hashes of that page's own inline scripts, and adds a
// small client module that keeps the site's own scripts within that policy.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "@docusaurus/types";
import { addContentSecurityPolicy } from "./html";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).map((entry) => join(entry.parentPath, entry.name));
}

export function cspPlugin(): Plugin {
  return {
    name: "kunskapsbanken-csp",
    getClientModules() {
      // Keeps the site's own scripts within the policy (see ./client.ts).
      return [join(dirname(fileURLToPath(import.meta.url)), "client.ts")];
    },
    async postBuild({ outDir }) {
      for (const file of await htmlFiles(outDir)) {
        try {
          await writeFile(file, addContentSecurityPolicy(await readFile(file, "utf8")));
        } catch (error) {
          throw new Error(`${relative(outDir, file)}: ${(error as Error).message}`, { cause: error });
        }
      }
    },
  };
}
