// The collections plugin: a page and a printable agenda with QR codes per
// collection in content/collections, a short permanent link /p/ID per practice, and the
// editor JSON Schemas at /schema/*.json.
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { getContent } from "../kunskapsbanken/content";
import { domain } from "../kunskapsbanken/packages";
import { absoluteUrl, collectionPath, collectionPrintPath, COLLECTIONS_PATH, permalinkPath, practicePagePath } from "./paths";
import { addStaticPages } from "../static-pages/index";
import { qrSvg } from "./qr";
import type { CollectionData, CollectionSummary, PermalinkData } from "./types";

interface CollectionsContent {
  collections: CollectionData[];
  permalinks: PermalinkData[];
}

const component = (name: string) => `@site/src/components/collections/${name}`;

/** Where the content-schema package wrote its JSON Schemas. */
function jsonSchemaDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@kunskapsbanken/content-schema/json-schema/praktik.json")));
}

/** Typed as `Plugin` (of unknown content) so it fits the config's `plugins` array; `loadContent` below is the only source. */
export function collectionsPlugin(context: LoadContext): Plugin {
  const { siteConfig, baseUrl } = context;
  const absolute = (path: string) => absoluteUrl(siteConfig.url, baseUrl, path);

  return {
    name: "kunskapsbanken-collections",

    async loadContent(): Promise<CollectionsContent> {
      const { content, labels } = await getContent();
      const practices = new Map(content.practices.map((entry) => [entry.data.id, entry.data]));
      const collections = await Promise.all(
        [...content.collections]
          .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.id.localeCompare(b.data.id))
          .map(
            async ({ data }): Promise<CollectionData> => ({
              id: data.id,
              title: data.title,
              date: data.date,
              event: data.event,
              introduction: data.introduction,
              path: collectionPath(data.id),
              printPath: collectionPrintPath(data.id),
              url: absolute(collectionPath(data.id)),
              items: await Promise.all(
                data.practices.map(async (item, index) => {
                  // loadContent already failed the build on an unknown id; this guards the types.
                  const practice = practices.get(item.id);
                  if (!practice) throw new Error(`${data.id}: okänt exempel ${item.id}`);
                  const permalink = absolute(permalinkPath(item.id));
                  return {
                    number: index + 1,
                    id: item.id,
                    title: practice.title,
                    summary: practice.summary,
                    places: practice.municipalities.map((id) => labels.municipalities[id] ?? id),
                    status: domain.statusAsOf(labels.status[practice.status] ?? practice.status, practice.asOf),
                    note: item.note,
                    path: practicePagePath(item.id),
                    permalink,
                    qrSvg: await qrSvg(permalink),
                  };
                }),
              ),
            }),
          ),
      );
      const permalinks = content.practices
        .map(({ data }) => ({ id: data.id, title: data.title, target: practicePagePath(data.id) }))
        .sort((a, b) => a.id.localeCompare(b.id));
      return { collections, permalinks };
    },

    async contentLoaded({ content: loaded, actions }) {
      const content = loaded as CollectionsContent;
      const { addRoute, createData } = actions;
      const route = async (path: string, name: string, file: string, data: unknown) => {
        addRoute({ path, exact: true, component: component(name), modules: { data: await createData(file, JSON.stringify(data)) } });
      };

      const summaries: CollectionSummary[] = content.collections.map((c) => ({
        id: c.id,
        title: c.title,
        date: c.date,
        event: c.event,
        path: c.path,
        count: c.items.length,
      }));
      await route(COLLECTIONS_PATH, "CollectionsIndexPage", "samlingar.json", summaries);
      for (const collection of content.collections) {
        await route(collection.path, "CollectionPage", `samling-${collection.id}.json`, collection);
        await route(collection.printPath, "CollectionPrintPage", `samling-${collection.id}-utskrift.json`, collection);
      }
      // One client route for every short link, like the practice pages they lead to.
      await addStaticPages(context.siteDir, actions, {
        route: permalinkPath(":id"),
        component: component("PermalinkRedirect"),
        pages: content.permalinks.map((permalink) => ({ path: permalinkPath(permalink.id), data: permalink })),
      });
    },

    async postBuild({ outDir }) {
      // The editor schemas, published so CONTRIBUTING.md and yaml-language-server can point at them.
      const from = jsonSchemaDir();
      const to = join(outDir, "schema");
      await mkdir(to, { recursive: true });
      for (const name of (await readdir(from)).filter((file) => file.endsWith(".json"))) {
        await copyFile(join(from, name), join(to, name));
      }
    },
  };
}
