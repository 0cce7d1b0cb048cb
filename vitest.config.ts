import { defineConfig } from "vitest/config";

// Unit and DOM tests. DOM tests opt in per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
