#!/usr/bin/env node
// Sums the Vitest JSON reports in reports/ (unit tests, the e2e suite in Chromium, the same
// suite in Firefox) into one plain "N passed, N failed" line (the last line printed), after a
// line for each report and one for each failed test (its name and the first line of its error),
// and for each test that passed only when run again (the e2e configs retry once). Exits non-zero when a test failed, when no test ran, or when the test
// command itself failed (its exit status is the first argument): a failing typecheck, lint
// or web-ext lint step counts as one failure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const status = Number(process.argv[2] ?? 0);
const dir = "reports";
const LABELS = { "unit.json": "unit", "e2e.json": "e2e in Chromium", "e2e-firefox.json": "e2e in Firefox" };
let passed = 0;
let failed = 0;
const failures = [];
const retried = [];
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
  // A suite that failed to load (syntax error, missing module) has no tests but must fail.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) {
      failed += 1;
      failures.push(`${LABELS[file] ?? file}: ${suite.name}: ${firstLine(suite.message)}`);
    }
    for (const test of suite.assertionResults ?? []) {
      // Passed with a failure on record: it failed once and passed when run again (e2e retry).
      if (test.status === "passed" && (test.failureMessages ?? []).length > 0)
        retried.push(`${LABELS[file] ?? file}: ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      if (test.status !== "failed") continue;
      failures.push(`${LABELS[file] ?? file}: ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  const label = LABELS[file] ? `${LABELS[file]} (${file})` : file;
  console.log(`${label}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
}
// The retried and the failed tests, last: a CI log is often read from its tail.
for (const line of retried) console.log(`PASSED ON RETRY ${line}`);
for (const line of failures) console.log(`FAILED ${line}`);
if (status !== 0 && failed === 0) {
  console.log(`the test command failed (exit ${status}) outside the test runner: counted as one failure`);
  failed = 1;
}
if (passed + failed === 0) console.log("no test ran");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function firstLine(message) {
  return (
    String(message ?? "")
      .split("\n")
      .find((line) => line.trim() !== "") ?? "(no message)"
  );
}
