// Which pages each parameterised route stands for. The client route table gets one route
// (`/praktik/:id`), so it stays the same size however many practices there are; the static
// build renders every page the route stands for (see ssgPaths.ts).
const pagesOf = new Map<string, readonly string[]>();

/** Records the pages of a route such as `/praktik/:id`, replacing what a previous load recorded. */
export function setPages(route: string, paths: readonly string[]): void {
  pagesOf.set(route, paths);
}

/** The paths Docusaurus renders to HTML, with each parameterised route replaced by its pages. */
export function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => pagesOf.get(path) ?? [path]);
}

/** The routes with each parameterised route replaced by one route per page, for the sitemap. */
export function withPageRoutes<R extends { path: string }>(routes: readonly R[]): R[] {
  return routes.flatMap((route) => expandPaths([route.path]).map((path) => ({ ...route, path })));
}
