import { defineConfig } from "vitest/config";
import base from "./vitest.e2e.config.ts";

// The same end-to-end tests in Debian's firefox-esr (tests/e2e/drivers/firefox.ts), with their
// own report: scripts/test-summary.mjs counts both.
export default defineConfig({
  test: {
    ...base.test,
    env: { ACTOR_LENS_BROWSER: "firefox" },
    reporters: ["default", ["json", { outputFile: "reports/e2e-firefox.json" }]],
  },
});
