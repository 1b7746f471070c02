// The size a piece of browser code costs a reader: bundled and minified with esbuild as a
// site would ship it, then gzip-compressed. Shared by the search benchmark and the first
// search size measurement.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));

/** Minified + gzip bytes of `contents` (an ES module) bundled for the browser. Throws without esbuild. */
export async function bundledGzipBytes(contents: string): Promise<number> {
  const esbuild = await import("esbuild");
  const out = await esbuild.build({
    stdin: { contents, resolveDir: here, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}
