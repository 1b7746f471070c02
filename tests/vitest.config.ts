import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./setup/global.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser and one server for all files; files run one at a time.
    fileParallelism: false,
  },
});
