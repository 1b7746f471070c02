// The site build reads content through the indexer's loadContent: a mistyped KB_CONTENT_DIR
// must stop the build with a Swedish message naming the folder, not build an empty site.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { repoRoot } from "../setup/paths";

/** The site's content module, loaded afresh so that it reads KB_CONTENT_DIR as set by the test. */
async function siteContentWith(dir: string) {
  vi.stubEnv("KB_CONTENT_DIR", dir);
  vi.resetModules();
  return import("../../apps/site/src/plugins/kunskapsbanken/content.ts");
}

describe("the site build on a wrong content folder", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("fails when KB_CONTENT_DIR names a folder that does not exist, and says which", async () => {
    const missing = join(await mkdtemp(join(tmpdir(), "kb-site-")), "contnet");
    const { getContent, ContentError } = await siteContentWith(missing);
    const error = await getContent().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.message).toBe(
      `Webbplatsen kan inte byggas: innehållsmappen ${missing} finns inte. Innehållsmappen är den med undermappen practices/, t.ex. content i projektets rotmapp. (från KB_CONTENT_DIR=${missing})`,
    );
  });

  it("fails on content/practices and suggests content", async () => {
    const practices = join(repoRoot, "content", "practices");
    const { getContent } = await siteContentWith(practices);
    const error = await getContent().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(
      `${practices} är ingen innehållsmapp: den har ingen undermapp practices/. Menade du ${join(repoRoot, "content")}?`,
    );
  });
});
