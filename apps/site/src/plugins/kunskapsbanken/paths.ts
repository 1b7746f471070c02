import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** apps/site */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The repository root: messages name files relative to it, as `kb validate` does. */
export const repoRoot = resolve(siteDir, "../..");
/**
 * The content folder: KB_CONTENT_DIR (relative to where the build runs) or content/ in the
 * repository. An empty KB_CONTENT_DIR counts as unset, as CI writes an unset variable.
 */
export const contentDirFromEnv = process.env.KB_CONTENT_DIR || undefined;
export const contentDir = contentDirFromEnv ? resolve(contentDirFromEnv) : resolve(repoRoot, "content");
