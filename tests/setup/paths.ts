import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const siteDir = resolve(repoRoot, "apps/site");
export const buildDir = resolve(siteDir, "build");
