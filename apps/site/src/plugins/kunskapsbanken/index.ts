// The local plugin: loads content once (failing the build on problems), adds the
// browse pages, and writes the search index, open data and feed into the build.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { furtherPagesRoute, openDataFiles, routePrefixes, sitePages } from "@kunskapsbanken/domain";
import { getContent, type Loaded } from "./content";
import { type Listing, listingRoutes, listPages } from "./listings";
import { allList, listOf, startData, termsWithCounts } from "./pageData";
import { countryData, countyListing, municipalityListing } from "./placeData";
import { boundariesDirOf, countyMap, municipalityMap, readBoundaries } from "../maps/index";
import { addStaticPages } from "../static-pages/index";
import type { SiteLabels, TermIndexData } from "./types";

const page = (name: string) => `@site/src/components/pages/${name}`;

export function kunskapsbankenPlugin(context: LoadContext): Plugin<Loaded> {
  return {
    name: "kunskapsbanken",

    async loadContent() {
      return getContent();
    },

    configureWebpack() {
      // FlexSearch's bundle mentions import.meta.dirname for its Node worker, which the browser never uses.
      return { ignoreWarnings: [/import\.meta\.dirname/] };
    },

    async contentLoaded({ content: loaded, actions }) {
      const { addRoute, createData, setGlobalData } = actions;
      const { content, labels, schema, indexer } = loaded;
      const { municipalities } = schema;
      const siteLabels: SiteLabels = {
        counties: Object.fromEntries(schema.counties.map((county) => [county.id, county.name])),
        municipalities: labels.municipalities,
        topics: labels.topics,
        targetGroups: labels.targetGroups,
        funding: labels.funding,
        status: labels.status,
      };
      // The browser fetches the index's start file on first use, then what each query needs.
      setGlobalData({ labels: siteLabels, searchIndexFiles: { shards: indexer.SEARCH_INDEX_FILES.shards } });

      const route = async (path: string, component: string, name: string, data: unknown) => {
        addRoute({
          path,
          exact: true,
          component: page(component),
          modules: { data: await createData(`${name}.json`, JSON.stringify(data)) },
        });
      };

      // Every browse listing is added here and only here, page by page: page 1 at the listing's
      // address, further pages at /…/sida/N (the domain's page size and addresses).
      // A listing's first page is a route of its own; its further pages (/amne/bostad/sida/2 …) are static
      // pages under one client route per kind of listing (../static-pages), so that the route table every
      // page loads does not grow with the practices.
      const further = new Map<string, { path: string; data: unknown }[]>(
        [
          sitePages.practices,
          `${routePrefixes.topic}/:id`,
          `${routePrefixes.targetGroup}/:id`,
          `${routePrefixes.county}/:id`,
          `${routePrefixes.municipality}/:id`,
        ].map((basePattern) => [furtherPagesRoute(basePattern), []]),
      );
      const addListing = async (listing: Listing, basePattern: string) => {
        for (const listed of listingRoutes(listing)) {
          if (listed.path === listing.basePath) await route(listed.path, listed.component, listed.name, listed.data);
          else further.get(furtherPagesRoute(basePattern))!.push({ path: listed.path, data: listed.data });
        }
      };

      await route(sitePages.start, "StartPage", "start", startData(loaded));
      await addListing(listPages(sitePages.practices, "praktiker", allList(loaded)), sitePages.practices);
      // The country, each county and each municipality without a profile get a page; maps are drawn here, at build time.
      const boundaries = readBoundaries(boundariesDirOf(context.siteDir));
      await route(sitePages.county, "CountryPage", "lan", countryData(loaded, countyMap(boundaries)));
      for (const county of schema.counties) {
        await addListing(countyListing(loaded, county.id, municipalityMap(boundaries, county.id)), `${routePrefixes.county}/:id`);
      }
      const withProfile = new Set(content.profiles.map((entry) => entry.data.id));
      for (const municipality of municipalities) {
        if (withProfile.has(municipality.id)) continue;
        await addListing(municipalityListing(loaded, municipality.id), `${routePrefixes.municipality}/:id`);
      }

      // An index page per vocabulary and a list page per term: /amne, /amne/bostad, /malgrupp …
      const termPages = async (vocabulary: "topics" | "targetGroups", basePath: string, title: string, intro: string) => {
        const terms = schema[vocabulary];
        const index: TermIndexData = { title, intro, basePath, terms: termsWithCounts(content, vocabulary, terms) };
        const name = basePath.slice(1);
        await route(basePath, "TermIndexPage", name, index);
        for (const term of terms) {
          await addListing(
            listPages(`${basePath}/${term.id}`, `${name}-${term.id}`, listOf(loaded, vocabulary, term.id, term.label, term.description)),
            `${basePath}/:id`,
          );
        }
      };
      await termPages("topics", sitePages.topics, "Ämnen", "Goda exempel sorterade efter ämne.");
      await termPages("targetGroups", sitePages.targetGroups, "Målgrupper", "Goda exempel sorterade efter vilka de riktar sig till.");

      const municipalityIndex: TermIndexData = {
        title: "Kommuner",
        intro:
          "Sveriges 290 kommuner och vad Kunskapsbanken har från var och en. Kommuner med en profil visar också mottagandet i siffror, framgångsfaktorer och utmaningar.",
        basePath: routePrefixes.municipality,
        terms: termsWithCounts(
          content,
          "municipalities",
          municipalities.map((m) => ({ id: m.id, label: m.name, ...(withProfile.has(m.id) ? { description: "Kommunprofil" } : {}) })),
        ),
      };
      await route(sitePages.municipalities, "TermIndexPage", "kommuner", municipalityIndex);

      for (const [pagesRoute, pages] of further) {
        await addStaticPages(context.siteDir, actions, { route: pagesRoute, component: page("FurtherListPage"), pages });
      }
    },

    async postBuild({ content: loaded, outDir }) {
      const { content, indexer } = loaded;
      const { buildSearchIndex, writeSiteSearchIndex } = indexer;
      const siteUrl = context.siteConfig.url.replace(/\/$/, "");
      await writeSiteSearchIndex(buildSearchIndex(content.practices, content), outDir);
      const open = indexer.openPractices(content.practices, siteUrl);
      const write = async (file: string, text: string) => {
        await mkdir(dirname(join(outDir, file)), { recursive: true });
        await writeFile(join(outDir, file), text);
      };
      await write(openDataFiles.json, indexer.toJson(open));
      await write(openDataFiles.jsonLines, indexer.toJsonLines(open));
      await write(openDataFiles.csv, indexer.toSpreadsheet(open));
      await write(openDataFiles.atom, indexer.toAtom(open, siteUrl, context.siteConfig.title));
    },
  };
}
