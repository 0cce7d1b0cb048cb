import { defineConfig } from "vitest/config";

// End-to-end tests: the built extension in Debian's Chromium through playwright-core (the
// Firefox run, vitest.e2e.firefox.config.ts, reuses this config).
// One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    // A test that fails is run once more, and counts as passed only if that run passes: a real
    // browser on a shared 2-core machine sometimes misses a deadline once (a CI run lost a whole
    // round to one such miss). Every retried test is listed by scripts/test-summary.mjs.
    retry: 1,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "reports/e2e.json" }]],
  },
});
