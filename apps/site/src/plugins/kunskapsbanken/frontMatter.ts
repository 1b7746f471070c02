// Docusaurus `markdown.parseFrontMatter` hook: municipality profiles (the docs plugin's
// pages; practices are pages of plugins/practices) are validated with the same code as
// `kb validate`, and a bad file fails the build with the same `FILE:LINE: FIELD: message`
// lines. Valid frontmatter gets a `kb` key with what the page shows beyond the file itself.
import { relative } from "node:path";
import type { ParseFrontMatter } from "@docusaurus/types";
import type { MunicipalityProfile } from "@kunskapsbanken/content-schema";
import { ContentError, getContent, problemsMessage, type Loaded } from "./content";
import { packages } from "./packages";
import { contentDir, repoRoot } from "./paths";
import { cardOf, practicesOf } from "./relations";
import type { ProfileExtras } from "./types";

export { contentDir };

/** Profiles get pages from the docs plugin; other content files do not pass through here. */
async function isProfile(filePath: string): Promise<boolean> {
  const inContent = relative(contentDir, filePath);
  if (inContent.startsWith("..")) return false;
  return (await packages()).indexer.contentFolderOf(inContent)?.kind === "profile";
}

function profileExtras(profile: MunicipalityProfile, { content, labels, indexer }: Loaded): ProfileExtras {
  const practices = indexer.practicesIn(profile.id, practicesOf(content)).map(cardOf);
  return { kind: "profile", name: labels.municipalities[profile.id] ?? profile.id, practices };
}

/** Validates one profile file; throws the `FILE:LINE: FIELD: message` lines on problems. */
async function checkProfile(filePath: string, fileContent: string): Promise<MunicipalityProfile | undefined> {
  if (!(await isProfile(filePath))) return undefined;
  const { schema, indexer } = await packages();
  const file = relative(repoRoot, filePath);
  const checked = indexer.checkFile<MunicipalityProfile>(file, fileContent, schema.validateProfile);
  const message = problemsMessage(checked.problems, indexer.formatProblem);
  if (message || !checked.entry) throw new ContentError(message ?? `${file}:1: fil: filen kunde inte läsas`);
  return checked.entry.data;
}

export const parseFrontMatter: ParseFrontMatter = async ({ filePath, fileContent, defaultParseFrontMatter }) => {
  const profile = await checkProfile(filePath, fileContent);
  if (!profile) return defaultParseFrontMatter({ filePath, fileContent });
  const { content } = await defaultParseFrontMatter({ filePath, fileContent });
  return { frontMatter: { ...profile, kb: profileExtras(profile, await getContent()) }, content };
};
