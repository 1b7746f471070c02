// Pages rendered to static HTML but kept out of Docusaurus' client route table, so that the
// JavaScript every page loads does not grow with the number of practices. A plugin adds one
// route such as `/praktik/:id` and the pages it stands for; each page's data is written as a
// JSON file that the server build reads while rendering the HTML and the browser fetches
// when it opens the page (components/static-pages/usePageData.ts). Docusaurus serves and
// copies the folder as a static directory (docusaurus.config.ts).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin, PluginContentLoadedActions } from "@docusaurus/types";
import { pageDataFolder, pageDataPath } from "@kunskapsbanken/domain";
import { setPages } from "./registry";
import { renderStaticPagesToo } from "./ssgPaths";

export { withPageRoutes } from "./registry";

/** Where the page data is written, relative to the site; also a static directory of the site. */
export const staticPagesDir = ".docusaurus/kunskapsbanken-sidor";

/** The module components read page data through, and the one the server build reads it with instead. */
const browserSource = /[\\/]?staticPageSource$/;
const serverSource = "src/components/static-pages/staticPageSource.server.ts";

export interface StaticPages<T> {
  /** A parameterised route, e.g. `/praktik/:id`; its first segment names the data folder. */
  route: string;
  /** The page component, e.g. `@site/src/components/pages/PracticePage`. */
  component: string;
  pages: readonly { path: string; data: T }[];
}

/** Writes a little at a time: 10 000 files at once would open 10 000 file handles. */
async function writeAll(files: readonly { file: string; text: string }[]): Promise<void> {
  for (let at = 0; at < files.length; at += 64) {
    await Promise.all(
      files.slice(at, at + 64).map(async ({ file, text }) => {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }),
    );
  }
}

/** Adds the route and writes its pages' data, replacing what an earlier build of the same route wrote. */
export async function addStaticPages<T>(siteDir: string, actions: PluginContentLoadedActions, pages: StaticPages<T>): Promise<void> {
  const root = join(siteDir, staticPagesDir);
  const folder = pages.route.split("/")[1];
  if (!folder || folder.startsWith(":")) throw new Error(`${pages.route}: a route of static pages needs a fixed first segment`);
  await rm(join(root, pageDataFolder, folder), { recursive: true, force: true });
  await writeAll(pages.pages.map(({ path, data }) => ({ file: join(root, pageDataPath(path)), text: JSON.stringify(data) })));
  actions.addRoute({ path: pages.route, exact: true, component: pages.component });
  setPages(
    pages.route,
    pages.pages.map((page) => page.path),
  );
}

/** The server build reads page data from files; the browser build fetches it. */
export function staticPagesPlugin(context: LoadContext): Plugin {
  renderStaticPagesToo();
  return {
    name: "kunskapsbanken-static-pages",
    configureWebpack(_config, isServer, utils) {
      if (!isServer) return {};
      const { instance } = utils.currentBundler;
      return {
        plugins: [
          new instance.NormalModuleReplacementPlugin(browserSource, join(context.siteDir, serverSource)),
          new instance.DefinePlugin({ __KB_STATIC_PAGES_ROOT__: JSON.stringify(join(context.siteDir, staticPagesDir)) }),
        ],
      };
    },
  };
}
