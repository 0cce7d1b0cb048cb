import { describe, expect, it } from "vitest";
import { notesSite, switchHost } from "../../../lib/names/site";

// Both keys are stored (settings' disabledSites, every highlight's `site`): these pin the rules
// as they were written before the two functions moved here, so stored keys keep matching.
describe("site keys", () => {
  it("switches each host on its own: www. kept, case and a trailing dot dropped", () => {
    expect(switchHost("https://WWW.News.Example./a")).toBe("www.news.example");
    expect(switchHost("https://blog.news.example/a")).toBe("blog.news.example");
    expect(switchHost("about:blank")).toBe("");
  });

  it("groups a site's notes with or without www., and keeps the rest of the host as written", () => {
    expect(notesSite("https://www.news.example/a")).toBe("news.example");
    expect(notesSite("https://news.example/b")).toBe("news.example");
    expect(notesSite("https://www.news.example./a")).toBe("news.example.");
    expect(notesSite("https://blog.news.example/a")).toBe("blog.news.example");
    expect(notesSite("not a url")).toBe("");
  });

  it("names one page's site differently for the switch and for the notes", () => {
    const url = "https://www.news.example/story";
    expect(switchHost(url)).not.toBe(notesSite(url));
  });
});
