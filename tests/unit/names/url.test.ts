import { describe, expect, it } from "vitest";
import { notesSite } from "../../../lib/names/site";
import { normalizeUrl } from "../../../lib/names/url";

describe("normalizeUrl", () => {
  it.each([
    ["https://news.example/a#section-2", "https://news.example/a"],
    ["https://news.example/a?utm_source=x&utm_medium=email&UTM_Campaign=y", "https://news.example/a"],
    ["https://news.example/a?id=5&fbclid=abc&gclid=1&page=2", "https://news.example/a?id=5&page=2"],
    ["HTTPS://News.Example:443/a", "https://news.example/a"],
    ["http://news.example:80/a?", "http://news.example/a"],
    ["https://user:pw@news.example/a", "https://news.example/a"],
    ["https://news.example/a?q=kata%C3%AFb+hezbollah", "https://news.example/a?q=kata%C3%AFb+hezbollah"],
    ["https://news.example/?mc_cid=1&mc_eid=2&_ga=3&igshid=4", "https://news.example/"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeUrl(raw)).toBe(expected);
  });

  it.each(["not a url", "javascript:alert(1)", "file:///etc/passwd", "chrome://extensions", ""])(
    "refuses %s",
    (raw) => {
      expect(normalizeUrl(raw)).toBeNull();
    },
  );

  it("names the site without www", () => {
    expect(notesSite("https://www.news.example/a")).toBe("news.example");
  });
});
