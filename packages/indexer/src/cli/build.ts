import type { Command } from "commander";
import { buildSearchIndex, writeSearchIndex } from "../build-index.js";
import { UsageError } from "./errors.js";
import { loadValidContent } from "./load-valid.js";
import { escapeForTerminal } from "./terminal.js";

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("bygg sökindexet som webbplatsen och kb search använder")
    .argument("[mapp]", "innehållsmappen", "content")
    .requiredOption("--out <fil>", "var indexet ska sparas, t.ex. build/sokindex.json")
    .action(async (dir: string, options: { out: string }) => {
      const content = await loadValidContent(dir, "build");
      if (!content) return;
      const started = performance.now();
      const index = buildSearchIndex(content.practices, content);
      const bytes = await writeSearchIndex(index, options.out).catch((error: NodeJS.ErrnoException) => {
        // A path that cannot be written (no such drive, a folder, no permission) is the caller's to fix.
        if (typeof error.code !== "string") throw error;
        throw new UsageError(`kunde inte spara indexet i ${options.out} (${error.code}). Välj en fil i en mapp du kan skriva i.`);
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Sökindex med ${index.size} exempel sparat i ${escapeForTerminal(options.out)} (${(bytes / 1024).toFixed(0)} kB, ${seconds} s).`,
      );
    });
}
