// Browser-safe entry: the per-file checks of `kb validate`, for the contribution form.
export { checkFile } from "./content/check-file.js";
export { formatProblem, type Problem } from "./content/problem.js";
// What `kb new` decides without the disk, so the form lays out a new practice the same way.
export { bodySections, practiceFileText } from "./content/new-practice.js";
export { BODY_FIELD, FILE_FIELD } from "./content/problem.js";
// The section structure of a practice's body, for the form's text boxes and the update form.
export { checkSectionText, sectionHeadingOf } from "./content/section-structure.js";
export { limits } from "./content/markdown/limits.js";
