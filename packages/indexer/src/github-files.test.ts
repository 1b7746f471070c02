// The files under .github/ that the code host reads: they must parse, and the workflows
// must run the project's own commands (kb validate --format github, the site build).
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const github = join(root, ".github");
const kb = fileURLToPath(new URL("../bin/kb.js", import.meta.url));
const run = promisify(execFile);

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps?: Step[]; needs?: string }>;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

const readYaml = async <T>(path: string) => parse(await readFile(path, "utf8")) as T;
const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const commandsOf = (workflow: Workflow) =>
  stepsOf(workflow).flatMap((step) =>
    step.run
      ? step.run
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  );

describe(".github", () => {
  it("every YAML file parses without errors or warnings", async () => {
    const files = await yamlFiles(github);
    expect(files.map((f) => relative(root, f)).sort()).toEqual([
      ".github/ISSUE_TEMPLATE/tipsa-om-ett-gott-exempel.yml",
      ".github/workflows/publish.yml",
      ".github/workflows/validate.yml",
    ]);
    for (const file of files) {
      const document = parseDocument(await readFile(file, "utf8"), { uniqueKeys: true });
      expect({ file, errors: document.errors.map(String), warnings: document.warnings.map(String) }).toEqual({
        file,
        errors: [],
        warnings: [],
      });
    }
  });

  it("validate.yml runs kb validate --format github on every pull request, after npm ci", async () => {
    const workflow = await readYaml<Workflow>(join(github, "workflows/validate.yml"));
    expect(Object.keys(workflow.on)).toContain("pull_request");
    const commands = commandsOf(workflow);
    expect(commands).toContain("npx kb validate --format github");
    expect(commands.indexOf("npm ci")).toBeLessThan(commands.indexOf("npx kb validate --format github"));
  });

  it("validate.yml lists practices due for review with kb's own review age, not one of its own", async () => {
    const workflow = await readYaml<Workflow>(join(github, "workflows/validate.yml"));
    const review = commandsOf(workflow).filter((command) => command.startsWith("npx kb review"));
    expect(review).toEqual(["npx kb review"]);
  });

  it("publish.yml builds the site from main and deploys apps/site/build to Pages", async () => {
    const workflow = await readYaml<Workflow>(join(github, "workflows/publish.yml"));
    expect(workflow.on).toMatchObject({ push: { branches: ["main"] } });
    const commands = commandsOf(workflow);
    expect(commands).toEqual(expect.arrayContaining(["npm ci", "npm run build"]));
    const steps = stepsOf(workflow);
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({ path: "apps/site/build" });
    expect(steps.some((s) => s.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
    expect(workflow.jobs.deploy?.needs).toBe("build");
  });

  it("the workflows only call commands the project has", async () => {
    const scripts = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    const workflows = await Promise.all(["validate.yml", "publish.yml"].map((name) => readYaml<Workflow>(join(github, "workflows", name))));
    for (const command of workflows.flatMap(commandsOf)) {
      const npmRun = /^npm run (\S+)/.exec(command);
      if (npmRun) expect(Object.keys(scripts)).toContain(npmRun[1]);
      const kbCommand = /^npx kb (\S+)/.exec(command);
      if (kbCommand) {
        const { stdout } = await run(process.execPath, [kb, kbCommand[1]!, "--help"], { cwd: root });
        expect(stdout).toContain(`kb ${kbCommand[1]}`);
      }
    }
  });

  it("the issue form asks for what a practice needs, with unique field ids", async () => {
    const form = await readYaml<{ name: string; body: { type: string; id?: string; attributes: { label?: string } }[] }>(
      join(github, "ISSUE_TEMPLATE/tipsa-om-ett-gott-exempel.yml"),
    );
    expect(form.name).toBe("Tipsa om ett gott exempel");
    const ids = form.body.flatMap((field) => (field.id ? [field.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["rubrik", "kommun", "beskrivning", "status", "kontakt"]));
  });

  it("the pull-request template is a Swedish checklist", async () => {
    const template = await readFile(join(github, "pull_request_template.md"), "utf8");
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain("npx kb validate");
  });
});
