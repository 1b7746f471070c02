// `npm run bench:site -- --sizes 64,2064,10064`: for each size, the real content plus generated
// practices up to that many, built into a temporary folder; prints one Markdown table with
// the build's wall time and peak memory, the size of build/, and what a first load of four
// pages fetches (gzip), with each page's ratio to the first row. Measures; asserts nothing.
//
//   --sizes 64,2064,10064  practices per build (real content + generated; never fewer than the real ones)
//   --seed 1               the generator's seed
//   --keep                 keep the temporary content and build folders
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { folderOf } from "@kunskapsbanken/domain";
import { generateCorpus, parseArgs } from "./generate.js";
import { diskUsage, measurePages, type PageLoad, type PageSpec } from "./measure.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const siteDir = join(repoRoot, "apps/site");
const contentDir = join(repoRoot, "content");
const docusaurus = join(repoRoot, "node_modules/@docusaurus/core/bin/docusaurus.mjs");

/** The pages measured; the search counts what is fetched until its first result appears. */
const pages: PageSpec[] = [
  { path: "/" },
  { path: "/praktik/nykoping-fritidsbanken" },
  { path: "/praktiker" },
  { path: "/sok?q=bostad", until: ".search-results > li" },
];

interface Row {
  practices: number;
  wallMs: number;
  peakRss: number;
  buildBytes: number;
  loads: PageLoad[];
}

/** The .md files in practices/ and its county folders: the practices the build will load. */
async function practiceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".md")) files.push(join(entry.parentPath, entry.name));
  }
  return files;
}

/** Resident memory of a process and all its descendants, from /proc (bytes; 0 where /proc is missing). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => "");
    // pid (comm) state ppid …; comm may contain spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid) parents.set(Number(name), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  let bytes = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    if (kib) bytes += Number(kib) * 1024;
  }
  return bytes;
}

/** Runs the Docusaurus build; resolves with its wall time and the peak RSS of its process tree. */
function build(content: string, out: string, log: string): Promise<{ wallMs: number; peakRss: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [docusaurus, "build", "--out-dir", out], {
      cwd: siteDir,
      env: { ...process.env, KB_CONTENT_DIR: content },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    let peakRss = 0;
    let polling = false;
    const timer = setInterval(() => {
      if (polling || !child.pid) return;
      polling = true;
      void treeRss(child.pid)
        .then((rss) => {
          peakRss = Math.max(peakRss, rss);
        })
        .finally(() => {
          polling = false;
        });
    }, 250);
    child.on("close", async (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      await writeFile(log, Buffer.concat(output));
      if (code === 0) done({ wallMs, peakRss });
      else fail(new Error(`docusaurus build exited with ${code}; see ${log}:\n${Buffer.concat(output).toString().slice(-3000)}`));
    });
  });
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
const kbGzip = (bytes: number) => `${group(Math.round(bytes / 1e3))} KB`;

function table(rows: readonly Row[]): string {
  const head = ["practices", "build wall", "peak RSS", "build/", ...pages.map((page) => `\`${page.path}\``)];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "--:").join("|")}|`];
  const first = rows[0];
  for (const row of rows) {
    const cells = row.loads.map((load, i) => {
      const ratio = first ? load.total / first.loads[i]!.total : 1;
      return `${kbGzip(load.total)} (${ratio.toFixed(1)}×)`;
    });
    lines.push(
      `| ${[group(row.practices), duration(row.wallMs), gb(row.peakRss), `${Math.round(row.buildBytes / 1e6)} MB`, ...cells].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = (args.sizes ?? "64,2064,10064").split(",").map(Number);
  const seed = Number(args.seed ?? 1);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(seed)) {
    console.error("usage: npm run bench:site -- [--sizes 64,2064,10064] [--seed 1] [--keep]");
    process.exitCode = 2;
    return;
  }
  const real = (await practiceFiles(join(contentDir, folderOf("practice")))).length;
  const rows: Row[] = [];
  for (const size of sizes) {
    const generated = Math.max(0, size - real);
    if (size < real) console.error(`${size}: the real content alone has ${real} practices; building those.`);
    const work = await mkdtemp(join(tmpdir(), `kb-bench-site-${size}-`));
    const content = join(work, "content");
    const out = join(work, "build");
    try {
      await cp(contentDir, content, { recursive: true, filter: (path) => !path.includes("node_modules") });
      const practices = join(content, folderOf("practice"));
      for (const file of generateCorpus({ count: generated, seed })) {
        await mkdir(dirname(join(practices, file.name)), { recursive: true });
        await writeFile(join(practices, file.name), file.text);
      }
      const count = (await practiceFiles(practices)).length;
      console.error(`${count} practices (${real} real + ${generated} generated): building into ${out} …`);
      const { wallMs, peakRss } = await build(content, out, join(work, "build.log"));
      console.error(`  built in ${duration(wallMs)}, peak RSS ${gb(peakRss)}; loading pages …`);
      rows.push({ practices: count, wallMs, peakRss, buildBytes: diskUsage(out), loads: await measurePages(out, pages) });
    } finally {
      if (args.keep) console.error(`  kept ${work}`);
      else await rm(work, { recursive: true, force: true });
    }
  }
  console.log(
    `\nNode ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}; page cells: gzip of everything a first load fetches (ratio to the first row).\n`,
  );
  console.log(table(rows));
  console.log("\nlargest responses per page:");
  for (const row of rows)
    for (const load of row.loads)
      console.log(`  ${group(row.practices)} ${load.page}: ${load.largest.map(([bytes, name]) => `${name} ${kbGzip(bytes)}`).join(", ")}`);
}

await main();
