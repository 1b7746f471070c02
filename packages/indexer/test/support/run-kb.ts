// Runs the real `kb` binary from the repository root, the way a contributor does.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const kb = fileURLToPath(new URL("../../bin/kb.js", import.meta.url));

export interface KbResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function kbRun(...args: string[]): Promise<KbResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [kb, ...args], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as KbResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
