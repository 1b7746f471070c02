// Where content lives inside the content folder (`content/` in the repository). The loader,
// the search cache, the site's docs plugins, the contribution form's file names and the
// benchmark's generator all read these names from here.

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
  const folder = pathInContent.split(/[\\/]/)[0] ?? "";
  return Object.hasOwn(contentFolders, folder) ? (folder as ContentFolder) : undefined;
}

/** `practice` + `flen-sprakvanner` → `practices/flen-sprakvanner.md`, relative to the content folder. */
export const contentFilePath = (kind: ContentKind, id: string) => `${folderOf(kind)}/${id}.md`;

/** `content/practices/flen-sprakvanner.md` → `flen-sprakvanner`: the id a file's name gives it. */
export function fileId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/, "");
}
