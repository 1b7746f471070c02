// Kunskapsbanken's site: practices and municipality profiles from ../../content. Practices
// are static pages of our own plugin (one client route for all of them), profiles are
// published by plugin-content-docs as CommonMark; listing pages, search index, open data
// and the feed come from the local kunskapsbanken plugin.
import type { Config, PluginConfig, PluginModule } from "@docusaurus/types";
import type * as Preset from "@docusaurus/preset-classic";
import { contentDir, parseFrontMatter } from "./src/plugins/kunskapsbanken/frontMatter";
import { kunskapsbankenPlugin } from "./src/plugins/kunskapsbanken/index";
import { collectionsPlugin } from "./src/plugins/collections/index";
import { rehypePlugins } from "./src/plugins/sanitize/index";
import { cspPlugin } from "./src/plugins/csp/index";
import { practicesPlugin } from "./src/plugins/practices/index";
import { staticPagesDir, staticPagesPlugin, withPageRoutes } from "./src/plugins/static-pages/index";
import { contributePlugin } from "./src/plugins/contribute/index";
import { editUrlBase, repositoryUrl, siteAddress } from "./src/lib/siteAddress";
import { folderOf, openDataPath, routeBasePaths, sitePages } from "@kunskapsbanken/domain";

// The public address, the repository and the editors' e-mail address, from one module; a publishing build (PUBLISH=true)
// fails here if either is still a placeholder.
const { siteUrl, repository, editorsEmail } = siteAddress(process.env);
const editBase = editUrlBase(repository);
/** GitHub's "new file" page of the same branch, for a list turned into a collection file on /lista. */
const newFileBase = `${repositoryUrl(repository)}/new/${repository.branch}`;

/**
 * Plugins: browse pages, search index and open data; practice pages rendered outside the
 * client route table; municipality profiles as a docs instance; collections and short links;
 * the Content-Security-Policy written into every page; the files the contribution form reads.
 */
const plugins: PluginConfig[] = [
  kunskapsbankenPlugin as PluginConfig,
  staticPagesPlugin as PluginConfig,
  [practicesPlugin as PluginModule, { editBase }],
  [
    "@docusaurus/plugin-content-docs",
    {
      id: "kommuner",
      path: `${contentDir}/${folderOf("profile")}`,
      routeBasePath: routeBasePaths.profiles,
      include: ["*.md"],
      sidebarPath: false,
      breadcrumbs: false,
      rehypePlugins,
      editUrl: ({ docPath }: { docPath: string }) => `${editBase}/${folderOf("profile")}/${docPath}`,
    },
  ],
  collectionsPlugin,
  // The Content-Security-Policy in every built page.
  cspPlugin,
  contributePlugin as PluginConfig,
];

const config: Config = {
  title: "Kunskapsbanken",
  tagline: "Goda exempel på mottagande och etablering av nyanlända",
  url: siteUrl,
  baseUrl: "/",
  favicon: "img/favicon.svg",
  trailingSlash: false,
  onBrokenLinks: "throw",
  onBrokenAnchors: "throw",
  future: { v4: true, faster: true },
  i18n: { defaultLocale: "sv", locales: ["sv"], localeConfigs: { sv: { htmlLang: "sv", label: "Svenska" } } },
  markdown: {
    format: "md",
    parseFrontMatter,
    hooks: { onBrokenMarkdownLinks: "throw", onBrokenMarkdownImages: "throw" },
  },
  // Practices are pages of our own (plugins/practices), kept out of the client route table;
  // the preset gives the theme, the sitemap and no docs instance of its own.
  presets: [
    [
      "classic",
      {
        docs: false,
        blog: false,
        // Split by what they style; the order is the cascade order.
        theme: { customCss: ["./src/css/base.css", "./src/css/search.css", "./src/css/pages.css"] },
        sitemap: {
          lastmod: null,
          // One entry per practice page rather than one for the route `/praktik/:id`.
          createSitemapItems: ({ defaultCreateSitemapItems, routes, siteConfig }) =>
            defaultCreateSitemapItems({ routes: withPageRoutes(routes), siteConfig }),
        },
      } satisfies Preset.Options,
    ],
  ],
  // The data of the pages outside the route table, served and copied like static/ (plugins/static-pages).
  staticDirectories: ["static", staticPagesDir],
  plugins,
  customFields: { newFileBase, repository, editorsEmail },
  themeConfig: {
    colorMode: { defaultMode: "light", disableSwitch: true, respectPrefersColorScheme: false },
    navbar: {
      title: "Kunskapsbanken",
      items: [
        { to: sitePages.practices, label: "Alla exempel", position: "left" },
        { to: sitePages.municipalities, label: "Kommuner", position: "left" },
        { to: sitePages.topics, label: "Ämnen", position: "left" },
        { to: sitePages.targetGroups, label: "Målgrupper", position: "left" },
        { to: sitePages.county, label: "Län", position: "left" },
        { to: sitePages.collections, label: "Samlingar", position: "left" },
        { to: sitePages.contribute, label: "Bidra", position: "right" },
        { to: sitePages.search, label: "Sök", position: "right" },
      ],
    },
    footer: {
      style: "light",
      links: [
        {
          title: "Bläddra",
          items: [
            { label: "Alla exempel", to: sitePages.practices },
            { label: "Kommuner", to: sitePages.municipalities },
            { label: "Län och karta", to: sitePages.county },
          ],
        },
        {
          title: "Inför mötet",
          items: [
            { label: "Samlingar", to: sitePages.collections },
            { label: "Gör en egen lista", to: sitePages.list },
          ],
        },
        {
          title: "Öppna data",
          items: [
            { label: "Exemplen som JSON", href: `pathname://${openDataPath("json")}` },
            { label: "Exemplen som CSV", href: `pathname://${openDataPath("csv")}` },
            { label: "Flöde med nya och ändrade exempel (Atom)", href: `pathname://${openDataPath("atom")}` },
          ],
        },
      ],
      copyright:
        "Kunskapsbanken – goda exempel på mottagande och etablering från Sveriges kommuner och län. Grunden är Länsstyrelsen i Södermanlands läns kartläggning 2017.",
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
  } satisfies Preset.ThemeConfig,
};

export default config;
