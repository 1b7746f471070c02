import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // These limits only catch a hang; no test here measures how fast the machine is. They are
    // generous because `npm test` runs every package's tests and the site build at once on a
    // small machine, and several files start the real `kb` binary, a Node process each.
    // The validation fuzz test sets its own budget per case (src/content/fuzz.test.ts).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Stryker's sandbox copy of this package, left while `npm run mutation` runs: its tests are not ours to run.
    exclude: [...configDefaults.exclude, ".stryker-tmp/**"],
  },
});
