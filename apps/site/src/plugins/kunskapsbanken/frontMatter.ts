// Docusaurus `markdown.parseFrontMatter` hook: practices and municipality profiles are
// validated with the same code as `kb validate`, and a bad file fails the build with the
// same `FILE:LINE: FIELD: message` lines. Valid frontmatter gets a `kb` key with what the
// page shows beyond the file itself (labels, related practices).
import { relative } from "node:path";
import type { ParseFrontMatter } from "@docusaurus/types";
import type { MunicipalityProfile, Practice } from "@kunskapsbanken/content-schema";
import { ContentError, getContent, problemsMessage, type Loaded } from "./content";
import { domain, packages } from "./packages";
import { contentDir, repoRoot } from "./paths";
import { cardOf, practicesOf } from "./relations";
import type { PracticeExtras, ProfileExtras } from "./types";

export { contentDir };

type Kind = "practice" | "profile";

/** Practices and profiles get pages from the docs plugins; other content files do not pass through here. */
async function kindOf(filePath: string): Promise<Kind | undefined> {
  const inContent = relative(contentDir, filePath);
  if (inContent.startsWith("..")) return undefined;
  const kind = (await packages()).indexer.contentFolderOf(inContent)?.kind;
  return kind === "practice" || kind === "profile" ? kind : undefined;
}

function practiceExtras(practice: Practice, { content, indexer }: Loaded): PracticeExtras {
  const profiles = new Set(content.profiles.map((entry) => entry.data.id));
  return {
    kind: "practice",
    // Freshness is judged on the day of the build; the site is rebuilt whenever content changes.
    ...domain.practiceFacts(practice, { hasPage: (id) => profiles.has(id) }),
    related: indexer.relatedPractices(practice, practicesOf(content)).map(cardOf),
    similar: indexer.similarElsewhere(practice, practicesOf(content)).map(cardOf),
  };
}

function profileExtras(profile: MunicipalityProfile, { content, labels, indexer }: Loaded): ProfileExtras {
  const practices = indexer.practicesIn(profile.id, practicesOf(content)).map(cardOf);
  return { kind: "profile", name: labels.municipalities[profile.id] ?? profile.id, practices };
}

/** Validates one practice or profile file; throws the `FILE:LINE: FIELD: message` lines on problems. */
async function checkContentFile(
  filePath: string,
  fileContent: string,
): Promise<{ kind: Kind; data: Practice | MunicipalityProfile } | undefined> {
  const kind = await kindOf(filePath);
  if (!kind) return undefined;
  const { schema, indexer } = await packages();
  const file = relative(repoRoot, filePath);
  const checked = indexer.checkFile<Practice | MunicipalityProfile>(
    file,
    fileContent,
    kind === "practice" ? schema.validatePractice : schema.validateProfile,
  );
  const message = problemsMessage(checked.problems, indexer.formatProblem);
  if (message || !checked.entry) throw new ContentError(message ?? `${file}:1: fil: filen kunde inte läsas`);
  return { kind, data: checked.entry.data };
}

export const parseFrontMatter: ParseFrontMatter = async ({ filePath, fileContent, defaultParseFrontMatter }) => {
  const checked = await checkContentFile(filePath, fileContent);
  if (!checked) return defaultParseFrontMatter({ filePath, fileContent });
  const { content } = await defaultParseFrontMatter({ filePath, fileContent });
  const loaded = await getContent();
  const kb =
    checked.kind === "practice"
      ? practiceExtras(checked.data as Practice, loaded)
      : profileExtras(checked.data as MunicipalityProfile, loaded);
  // Practices sit in a folder per county, but their address is /praktik/ID whatever the folder.
  const slug = checked.kind === "practice" ? { slug: `/${checked.data.id}` } : {};
  return { frontMatter: { ...checked.data, ...slug, kb }, content };
};
