// Architecture rules, checked by `npm run lint` (dependency-cruiser). Data flows one way:
// content-schema → indexer → CLI and site; the browser entries of the indexer never reach
// Node's APIs; the site uses only the packages' public entries.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "schema-imports-no-workspace-package",
      comment: "content-schema is the foundation: it knows nothing of the indexer, the site or the benchmark.",
      severity: "error",
      from: { path: "^packages/content-schema/src" },
      to: { path: "^(packages/(indexer|bench)|apps)/" },
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
      comment: "search, check and dates are bundled for the browser: nothing they reach may use Node's APIs.",
      severity: "error",
      from: { path: "^packages/indexer/src/(search/index|check|dates)\\.ts$" },
      to: {
        path: "^(node:)?(fs|path|os|url|module|child_process|worker_threads|crypto|util|stream|process|http|https|net|zlib)(/|$)",
        reachable: true,
      },
    },
    {
      name: "site-uses-public-entries-only",
      comment: "The site imports the indexer and the schema through their package entries, never their internals.",
      severity: "error",
      from: { path: "^apps/site/" },
      to: {
        path: "^packages/(indexer|content-schema)/",
        pathNot:
          "^packages/indexer/dist/(index|check|dates|search/index)\\.(js|d\\.ts)$|^packages/content-schema/(dist/src/(index|routes|text)\\.(js|d\\.ts)|data/)",
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
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|build|\\.docusaurus|node_modules)/" },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "types", "default"],
      extensions: [".ts", ".tsx", ".js", ".d.ts", ".json"],
    },
  },
};
