// Docusaurus renders to HTML exactly the paths of its route table; it has no option to render
// pages that are not in the table (facebook/docusaurus#7256). This wraps the one function
// that lists those paths, so a route like `/praktik/:id` is rendered once per practice.
// It relies on an internal module of @docusaurus/core (pinned to 3.x in package.json): if
// that function ever moves, the build stops here with a message rather than silently
// publishing a site without practice pages (tests/e2e/build.test.ts checks every page too).
import { createRequire } from "node:module";
import { expandPaths } from "./registry";

interface RoutesModule {
  getRoutesPaths?: (routes: unknown[], baseUrl: string) => string[];
}

const nativeRequire = createRequire(import.meta.url);
const wrapped = Symbol.for("kunskapsbanken.staticPages");

export function renderStaticPagesToo(): void {
  const routes = nativeRequire("@docusaurus/core/lib/server/routes") as RoutesModule & { [wrapped]?: true };
  if (routes[wrapped]) return;
  const original = routes.getRoutesPaths;
  if (typeof original !== "function") {
    throw new Error(
      "Kunskapsbanken: @docusaurus/core/lib/server/routes har ingen getRoutesPaths längre, så exempelsidorna kan inte byggas. Se apps/site/src/plugins/static-pages/ssgPaths.ts.",
    );
  }
  routes.getRoutesPaths = (routeConfigs, baseUrl) => expandPaths(original(routeConfigs, baseUrl));
  routes[wrapped] = true;
}
