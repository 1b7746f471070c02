// Practice pages: one client route, `/praktik/:id`, and a static HTML page per practice
// (../static-pages). The docs plugin gave each practice a route of its own, which every page
// of the site then loaded in the route table (docs/architecture.md, "Practice pages").
import type { LoadContext, Plugin } from "@docusaurus/types";
import { practicePath } from "@kunskapsbanken/domain";
import { getContent, type Loaded } from "../kunskapsbanken/content";
import { addStaticPages } from "../static-pages/index";
import { pageContext, practicePageData } from "./pageData";

export function practicesPlugin(context: LoadContext, options: { editBase: string }): Plugin<Loaded> {
  return {
    name: "kunskapsbanken-practices",

    async loadContent() {
      return getContent();
    },

    async contentLoaded({ content: loaded, actions }) {
      const against = pageContext(loaded, options.editBase);
      const pages = await Promise.all(
        loaded.content.practices.map(async (entry) => ({
          path: practicePath(entry.data.id),
          data: await practicePageData(entry, against),
        })),
      );
      await addStaticPages(context.siteDir, actions, {
        route: practicePath(":id"),
        component: "@site/src/components/pages/PracticePage",
        pages,
      });
    },
  };
}
