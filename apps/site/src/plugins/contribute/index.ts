// The contribution form's plugin: lets the browser bundle load the same per-file checks
// as `kb validate`, and publishes each practice's source file so that /bidra?uppdatera=ID
// can start from the practice as it is written.
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Plugin } from "@docusaurus/types";
import { fileId, folderOf, openDataFiles } from "@kunskapsbanken/domain";
import { contentDir } from "../kunskapsbanken/paths";

const require = createRequire(import.meta.url);

const PRACTICES = join(contentDir, folderOf("practice"));

/** Practice files relative to practices/, one folder per county. */
async function practiceFiles(): Promise<string[]> {
  const names = await readdir(PRACTICES, { recursive: true });
  return names.filter((name) => name.endsWith(".md")).sort();
}

export function contributePlugin(): Plugin<string[]> {
  return {
    name: "kunskapsbanken-bidra",

    async loadContent() {
      return practiceFiles();
    },

    async contentLoaded({ actions }) {
      // Where the form finds a practice's source and the ids that exist. The ids are a file the form
      // fetches, not global data, which every page of the site would load (docs/architecture.md).
      actions.setGlobalData({ sourceDir: openDataFiles.practiceSources, practiceIdsFile: openDataFiles.practiceIds });
    },

    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      // gray-matter (in @kunskapsbanken/indexer/check) requires fs when it loads, for a
      // file-reading helper the form never calls: the browser bundle gets an empty module.
      // It also keeps the original text as a Buffer, which browsers do not have.
      return {
        resolve: { fallback: { fs: false } },
        plugins: [new currentBundler.instance.ProvidePlugin({ Buffer: [require.resolve("buffer/"), "Buffer"] })],
      };
    },

    async postBuild({ content, outDir }) {
      const target = join(outDir, openDataFiles.practiceSources);
      await mkdir(target, { recursive: true });
      // Published flat, by id: the form fetches /data/praktik/ID.md without knowing the county.
      await Promise.all(content.map((name) => copyFile(join(PRACTICES, name), join(target, `${fileId(name)}.md`))));
      // The form warns when a new practice would get the id of one that exists.
      await writeFile(join(outDir, openDataFiles.practiceIds), JSON.stringify(content.map(fileId)));
    },
  };
}
