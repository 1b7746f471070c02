import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Several test files run the real `kb` binary (a Node process each) in parallel;
    // under load a single run can take longer than Vitest's default 5 s.
    testTimeout: 30_000,
  },
});
