// Where content lives inside the content folder (`content/` in the repository). The loader,
// the search cache, the site's docs plugins, the contribution form's file names and the
// benchmark's generator all read these names from here.
import { practiceFolderOf } from "./places.js";

/** The folders of a content folder and the kind of file each holds. */
export const contentFolders = {
  practices: "practice",
  municipalities: "profile",
  collections: "collection",
} as const;

export type ContentFolder = keyof typeof contentFolders;
export type ContentKind = (typeof contentFolders)[ContentFolder];

/** The folder that holds files of one kind: `practice` → `practices`. */
export const folderOf = (kind: ContentKind): ContentFolder =>
  (Object.keys(contentFolders) as ContentFolder[]).find((folder) => contentFolders[folder] === kind)!;

/** The folder a path inside the content folder (`practices/x.md`) belongs to, if it is one of ours. */
export function contentFolderOf(pathInContent: string): ContentFolder | undefined {
  // Stryker disable next-line StringLiteral: equivalent, split() always gives a first string
  const folder = pathInContent.split(/[\\/]/)[0] ?? "";
  return Object.hasOwn(contentFolders, folder) ? (folder as ContentFolder) : undefined;
}

/** `profile` + `flen` → `municipalities/flen.md`, relative to the content folder. Practices: {@link practiceFilePath}. */
export const contentFilePath = (kind: Exclude<ContentKind, "practice">, id: string) => `${folderOf(kind)}/${id}.md`;

/**
 * Where a practice's file lives, relative to the content folder: in the folder of the county
 * of its first place (`practices/sodermanlands-lan/flen-sprakvanner.md`), or `practices/sverige/`
 * for a national programme, so each county's people can review their own folder.
 */
export const practiceFilePath = (id: string, places: readonly string[]) => `${folderOf("practice")}/${practiceFolderOf(places)}/${id}.md`;

/** `content/practices/flen-sprakvanner.md` → `flen-sprakvanner`: the id a file's name gives it. */
export function fileId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/, "");
}
