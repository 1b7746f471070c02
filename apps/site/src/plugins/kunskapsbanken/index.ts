// The local plugin: loads content once (failing the build on problems), adds the
// browse pages, and writes the search index, open data and feed into the build.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { countyPath, municipalityPath, openDataFiles, routePrefixes, sitePages } from "@kunskapsbanken/domain";
import { getContent, type Loaded } from "./content";
import { allList, listOf, startData, termsWithCounts } from "./pageData";
import { countryData, countyPageData, municipalityData } from "./placeData";
import { boundariesDirOf, countyMap, municipalityMap, readBoundaries } from "../maps/index";
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

      await route(sitePages.start, "StartPage", "start", startData(loaded));
      await route(sitePages.practices, "ListPage", "praktiker", allList(loaded));
      // The country, each county and each municipality without a profile get a page; maps are drawn here, at build time.
      const boundaries = readBoundaries(boundariesDirOf(context.siteDir));
      await route(sitePages.county, "CountryPage", "lan", countryData(loaded, countyMap(boundaries)));
      for (const county of schema.counties) {
        await route(
          countyPath(county.id),
          "CountyPage",
          `lan-${county.id}`,
          countyPageData(loaded, county.id, municipalityMap(boundaries, county.id)),
        );
      }
      const withProfile = new Set(content.profiles.map((entry) => entry.data.id));
      for (const municipality of municipalities) {
        if (withProfile.has(municipality.id)) continue;
        await route(
          municipalityPath(municipality.id),
          "MunicipalityPage",
          `kommun-${municipality.id}`,
          municipalityData(loaded, municipality.id),
        );
      }

      // An index page per vocabulary and a list page per term: /amne, /amne/bostad, /malgrupp …
      const termPages = async (vocabulary: "topics" | "targetGroups", basePath: string, title: string, intro: string) => {
        const terms = schema[vocabulary];
        const index: TermIndexData = { title, intro, basePath, terms: termsWithCounts(content, vocabulary, terms) };
        const name = basePath.slice(1);
        await route(basePath, "TermIndexPage", name, index);
        for (const term of terms) {
          await route(
            `${basePath}/${term.id}`,
            "ListPage",
            `${name}-${term.id}`,
            listOf(loaded, vocabulary, term.id, term.label, term.description),
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
