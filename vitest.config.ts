import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

/**
 * Unit and DOM tests. WxtVitest() puts WXT's fakeBrowser (an in-memory extension API) behind
 * `wxt/browser`, so code that messages the background or listens to tabs runs here as it does in
 * the extension; tests/unit/fake-browser.ts empties it before each test. DOM tests opt in per
 * file with `// @vitest-environment happy-dom`. Preact's JSX settings come from tsconfig.json.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/fake-browser.ts"],
    // Some tests run the command-line tools (tsx start-up): on a busy two-core machine one run
    // took 9 s, so the limit is a hang detector, not a speed check.
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
