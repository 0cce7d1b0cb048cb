import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.e2e.config.ts";

// The same end-to-end tests in Debian's firefox-esr (tests/e2e/drivers/firefox.ts), with their
// own report: scripts/test-summary.mjs counts both.
export default defineConfig({
  test: {
    ...base.test,
    env: { ACTOR_LENS_BROWSER: "firefox" },
    // Chromium only, for a capability Firefox's automation lacks (the file says which).
    exclude: [...configDefaults.exclude, "tests/e2e/lazy-ui.e2e.ts"],
    reporters: ["default", ["json", { outputFile: "reports/e2e-firefox.json" }]],
  },
});
