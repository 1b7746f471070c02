// Checks one content file's text: frontmatter, schema, unsafe Markdown, personal data and
// template leftovers. No file system here, so the browser form on /bidra runs exactly the
// checks that `kb validate` runs.
import { formatPath, validatePractice, type SchemaProblem, type ValidationResult } from "@kunskapsbanken/content-schema";
import { checkMarkdown } from "./markdown/index.js";
import { checkTextBounds, limitMessages, limits } from "./markdown/limits.js";
import { checkSectionStructure } from "./section-structure.js";
import { findPrivateData } from "./privacy.js";
import { parseContentFile } from "./frontmatter.js";
import { BODY_FIELD, FILE_FIELD, type Problem } from "./problem.js";
import { TODO_MARK } from "./new-practice.js";
import type { Entry } from "./entry.js";
import { fileId } from "@kunskapsbanken/domain";

/** Parses and validates one file's text; the entry is there only when the frontmatter is valid. */
export function checkFile<T>(
  file: string,
  text: string,
  validate: (data: unknown) => ValidationResult<T>,
): { entry?: Entry<T>; problems: Problem[] } {
  const problem = (line: number, field: string, message: string): Problem => ({ file, line, field, message, severity: "error" });
  // Checked before anything is parsed, so one huge file cannot stall validation or the build.
  if (text.length > limits.fileCharacters) return { problems: [problem(1, FILE_FIELD, limitMessages.fileCharacters(text.length))] };
  const parsed = parseContentFile(text);
  if (!parsed.ok) return { problems: parsed.problems.map((p) => problem(p.line, FILE_FIELD, p.message)) };

  const { data, body, bodyLine, lineOf } = parsed.file;
  const markdown = checkMarkdown(body);
  const problems = markdown.findings.map((finding) => problem(bodyLine + finding.line - 1, BODY_FIELD, finding.message));
  // A practice's body must keep its section structure, or the update form splits it wrongly.
  if (validate === validatePractice && !checkTextBounds(body).fatal) {
    problems.push(...checkSectionStructure(body).map((finding) => problem(bodyLine + finding.line - 1, BODY_FIELD, finding.message)));
  }
  problems.push(...findPrivateData(data, markdown.textBlocks, bodyLine, lineOf, BODY_FIELD).map((finding) => ({ file, ...finding })));
  problems.push(
    ...templateLeftovers(body).map((line) => ({ ...problem(bodyLine + line - 1, BODY_FIELD, TODO_MESSAGE), severity: "warning" as const })),
  );
  const expectedId = fileId(file);
  if (typeof data.id === "string" && data.id !== expectedId) {
    problems.push(
      problem(
        lineOf(["id"]),
        "id",
        `"${data.id}" måste vara samma som filnamnet. Byt id till "${expectedId}" eller döp om filen till ${data.id}.md`,
      ),
    );
  }
  const result = validate(data);
  if (!result.ok) {
    problems.push(...result.problems.map((p: SchemaProblem) => problem(lineOf(p.path), formatPath(p.path) || FILE_FIELD, p.message)));
    return { problems };
  }
  const siteLinks = markdown.siteLinks.map((link) => ({ line: bodyLine + link.line - 1, target: link.target }));
  return { entry: { file, data: result.value, body, lineOf, siteLinks }, problems };
}

const TODO_MESSAGE = `mallens text står kvar: ersätt raden som börjar med ${TODO_MARK} med en egen beskrivning`;

/** Lines (1-based, within the body) where text from the `kb new` template is still waiting to be written. */
function templateLeftovers(body: string): number[] {
  return body.split("\n").flatMap((line, index) => (line.trimStart().startsWith(TODO_MARK) ? [index + 1] : []));
}
