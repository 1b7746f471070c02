import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The tests Stryker runs against the search rule modules (stryker.search.config.json): the
// search tests that build their index in memory. The fuzz, relevance, shards, split,
// Swedish-words and reader-queries tests read the project's content/ folder by a path
// relative to their own file, which points outside Stryker's sandbox copy; they still run
// in `npm test`.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["src/search/**/*.test.ts"],
      exclude: [
        "src/search/fuzz.test.ts",
        "src/search/shards.test.ts",
        "src/search/split.test.ts",
        "src/search/swedish-words.test.ts",
        "src/search/reader-queries.test.ts",
        "src/search/relevance/**",
      ],
    },
  }),
);
