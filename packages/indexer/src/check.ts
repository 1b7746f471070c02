// Browser-safe entry: the per-file checks of `kb validate`, for the contribution form.
export { checkFile, fileId } from "./content/check-file.js";
export { formatProblem, type Problem } from "./content/problem.js";
export type { Entry } from "./content/load.js";
