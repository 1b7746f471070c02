import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./setup/global.ts"],
    // Only a guard against a hang: tests wait for states (a URL, an element, a status text),
    // never for an amount of time. Playwright's own waits give up earlier (setup/browser.ts),
    // so a stuck wait is reported by what it waited for.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One browser and one server for all files; files run one at a time.
    fileParallelism: false,
  },
});
