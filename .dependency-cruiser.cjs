// Architecture rules, checked by `npm run lint` (dependency-cruiser), type imports included.
// Data flows one way: content-schema → domain → indexer → CLI and site; the domain core and
// the indexer's browser entries never reach Node's APIs; the site uses only public entries.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "schema-imports-no-workspace-package",
      comment: "content-schema is the foundation: it knows nothing of the domain core, the indexer, the site or the benchmark.",
      severity: "error",
      from: { path: "^packages/content-schema/src" },
      to: { path: "^(packages/(domain|indexer|bench)|apps)/" },
    },
    {
      name: "domain-knows-only-the-schema",
      comment: "The domain core sits on the schema alone: no indexer, site or benchmark.",
      severity: "error",
      from: { path: "^packages/domain/src" },
      to: { path: "^(packages/(indexer|bench)|apps)/" },
    },
    {
      name: "domain-is-browser-safe",
      comment: "The domain core is bundled for the browser: nothing it reaches may use Node's APIs.",
      severity: "error",
      from: { path: "^packages/domain/src", pathNot: "\\.test\\.ts$" },
      to: {
        path: "^(node:)?(fs|path|os|url|module|child_process|worker_threads|crypto|util|stream|process|http|https|net|zlib)(/|$)",
        reachable: true,
      },
    },
    {
      name: "domain-stays-zod-free",
      comment:
        "The domain core reaches the schema package only through its zod-free entries (ids, dates, text, vocabularies), so the site's bundles and the Docusaurus config can load it; types may come from anywhere.",
      severity: "error",
      from: { path: "^packages/domain/src", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/content-schema/dist/src/index\\.", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "schema-has-no-io",
      comment: "content-schema does no I/O, so the browser can use all of it.",
      severity: "error",
      from: { path: "^packages/content-schema/src", pathNot: "/scripts/|\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "indexer-browser-entries-stay-browser-safe",
      comment: "search and check are bundled for the browser: nothing they reach may use Node's APIs.",
      severity: "error",
      from: { path: "^packages/indexer/src/(search/index|check)\\.ts$" },
      to: {
        path: "^(node:)?(fs|path|os|url|module|child_process|worker_threads|crypto|util|stream|process|http|https|net|zlib)(/|$)",
        reachable: true,
      },
    },
    {
      name: "site-components-stay-browser-safe",
      comment:
        "Components, pages and theme code run in the browser; only the server build's page-data reader (replaced in by plugins/static-pages) reads files.",
      severity: "error",
      from: { path: "^apps/site/src/(components|pages|theme|lib)/", pathNot: "\\.server\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "site-uses-public-entries-only",
      comment: "The site imports the indexer and the schema through their package entries, never their internals.",
      severity: "error",
      from: { path: "^apps/site/" },
      to: {
        path: "^packages/(indexer|content-schema|domain)/",
        pathNot:
          "^packages/indexer/dist/(index|check|search/index)\\.(js|d\\.ts)$|^packages/domain/dist/index\\.(js|d\\.ts)$|^packages/content-schema/(dist/src/(index|ids|dates|text|vocabularies)\\.(js|d\\.ts)|data/)",
      },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Other packages are reached through their built entries (dist): recorded, so the rules
    // above see which entry is used, but not followed into.
    doNotFollow: { path: "node_modules|^packages/[^/]+/dist/" },
    exclude: { path: "(^|/)(build|\\.docusaurus)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "types", "default"],
      extensions: [".ts", ".tsx", ".js", ".d.ts", ".json"],
    },
  },
};
