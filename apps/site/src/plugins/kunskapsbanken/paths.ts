import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/site */
export const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The repository root: messages name files relative to it, as `kb validate` does. */
export const repoRoot = resolve(siteDir, "../..");
export const contentDir = process.env.KB_CONTENT_DIR ?? resolve(repoRoot, "content");
