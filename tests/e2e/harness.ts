// End-to-end harness: the fixture server and the extension in Chromium (scripts/browser.ts,
// shared with bench/).
export * from "../../scripts/browser";
