import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, type NotesExport } from "../../lib/notes/io";
import { FIRST_SCREEN } from "../../lib/notes-page/boot";
import { type ExtensionBrowser, launchWithExtension, ROOT, SCREENSHOTS } from "./harness";
import {
  drawnHighlights,
  noteFieldHasFocus,
  readCard,
  selectText,
  serveArticle,
  storedHighlights,
} from "./notes-helpers";

const SAMPLE = join(ROOT, "tests/fixtures/notes/export-sample.json");

describe("the notes page", () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serveArticle>>;
  let notes: Page;
  beforeAll(async () => {
    server = await serveArticle();
    browser = await launchWithExtension();
    notes = await browser.context.newPage();
    await notes.goto(browser.pageUrl("notes.html"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const importBuffer = (name: string, text: string) =>
    notes
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  const count = () => notes.locator(".count").textContent();
  const quotes = () => notes.locator(".hl blockquote").allTextContents();

  it("shows a clear empty state", async () => {
    await expect.poll(() => notes.locator(".empty h2").textContent()).toBe("No highlights yet");
  });

  it("refuses a malformed or foreign file with a clear message, changing nothing", async () => {
    await importBuffer("notes.json", '{"name": "some-package", "version": "1.0.0"}');
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain("notes.json: This JSON file is not an Actor Lens export.");
    const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as NotesExport;
    (sample.highlights[2] as unknown as Record<string, unknown>).color = "octarine";
    await importBuffer("damaged.json", JSON.stringify(sample));
    await expect.poll(() => notes.getByRole("alert").textContent()).toContain("damaged");
    expect(await storedHighlights(browser.worker)).toEqual([]);
    expect(await notes.locator(".empty h2").textContent()).toBe("No highlights yet");
  });

  it("refuses a file over the size limit, before reading it, saying so and changing nothing", async () => {
    // Built in the page: a blob of zeros is cheap in Chromium, sending 50 MB over CDP is not.
    await notes.evaluate((size) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error("no file input");
      const files = new DataTransfer();
      files.items.add(
        new File([new Blob([new Uint8Array(size)])], "huge.json", { type: "application/json" }),
      );
      input.files = files.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }, MAX_IMPORT_BYTES + 1);
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain(
        "huge.json: This file is too large to import: it is 51 MB, and the largest file Actor Lens imports is 50 MB.",
      );
    expect(await storedHighlights(browser.worker)).toEqual([]);
    expect(await notes.locator(".empty h2").textContent()).toBe("No highlights yet");
  });

  it("imports a valid export in one go and lists it newest first, grouped by page", async () => {
    await notes.locator('input[type="file"]').setInputFiles(SAMPLE);
    await expect.poll(() => notes.getByRole("status").first().textContent()).toContain("3 new, 0 updated");
    await expect.poll(count).toBe("3 highlights");
    expect(await notes.locator(".page h2").allTextContents()).toEqual([
      "The PMF and the federal budget",
      "Counter-terrorism service raids a Kataib Hezbollah site",
    ]);
    expect((await quotes())[1]).toMatch(/^Prime Minister/);
    // The one the page lost is kept and says so.
    expect(await notes.locator('[data-id="sample-2"] .badge').textContent()).toBe("Not found on the page");
    // Entity names come from the dataset.
    await expect
      .poll(() => notes.locator('[data-id="sample-1"] .entity').textContent())
      .toBe("Kataib Hezbollah");
    await notes.screenshot({ path: join(SCREENSHOTS, "notes-page.png"), fullPage: true });
    await notes.emulateMedia({ colorScheme: "dark" });
    // Polled: in Firefox the page restyles after the call returns.
    await expect
      .poll(() => notes.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe("rgb(23, 25, 29)");
    await notes.screenshot({ path: join(SCREENSHOTS, "notes-page-dark.png"), fullPage: true });
    await notes.emulateMedia({ colorScheme: "light" });
  });

  it("searches quotes and notes, and filters by entity, site and tag", async () => {
    const search = notes.getByLabel("Search quotes and notes");
    await search.fill("figures");
    await expect.poll(count).toContain("1 of 3 highlights");
    expect(await quotes()).toEqual([expect.stringMatching(/^Salaries for the Popular/)]);
    await search.fill("kadhimi LAW");
    await expect.poll(quotes).toEqual([expect.stringMatching(/^Prime Minister/)]);
    await search.fill("nothing like this");
    await expect.poll(() => notes.locator(".empty h2").textContent()).toBe("Nothing matches");
    await notes.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(count).toBe("3 highlights");
    await notes.getByLabel("Entity", { exact: true }).selectOption("kataib-hezbollah");
    await expect.poll(quotes).toEqual([expect.stringMatching(/^The counter-terrorism service/)]);
    await notes.getByLabel("Entity", { exact: true }).selectOption("");
    await notes.getByLabel("Site", { exact: true }).selectOption("analysis.example");
    await expect.poll(quotes).toEqual([expect.stringMatching(/^Salaries/)]);
    await notes.getByLabel("Site", { exact: true }).selectOption("");
    await notes.getByLabel("Tag", { exact: true }).selectOption("raid");
    await expect.poll(async () => (await quotes()).length).toBe(2);
    await notes.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(count).toBe("3 highlights");
  });

  it("edits a highlight, and deletes it with undo", async () => {
    const item = notes.locator('[data-id="sample-3"]');
    await item.getByRole("button", { name: "Edit" }).click();
    const form = notes.getByRole("form", { name: "Edit highlight" });
    await form.getByLabel("Note").fill("Share confirmed in the 2023 budget law.");
    await form.getByLabel("Tags").fill("budget, salaries");
    await form.getByText("Important").click();
    await form.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => item.locator(".note").textContent())
      .toBe("Share confirmed in the 2023 budget law.");
    expect(await item.locator(".tag").allTextContents()).toEqual(["#budget", "#salaries"]);
    const stored = (await storedHighlights(browser.worker)).find((h) => h.id === "sample-3");
    expect(stored).toMatchObject({ color: "pink", tags: ["budget", "salaries"] });
    expect(stored?.updatedAt).toBeGreaterThan(1780000300000);

    await item.getByRole("button", { name: "Delete" }).click();
    await expect.poll(count).toBe("2 highlights");
    expect((await storedHighlights(browser.worker)).length).toBe(2);
    await notes.locator(".toast").getByRole("button", { name: "Undo" }).click();
    await expect.poll(count).toBe("3 highlights");
    expect((await storedHighlights(browser.worker)).find((h) => h.id === "sample-3")).toEqual(stored);
  });

  it("tells the reader when the browser's storage is full, and changes nothing", async () => {
    const item = notes.locator('[data-id="sample-1"]');
    const before = await storedHighlights(browser.worker);
    await notes.evaluate(() => {
      const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore["put"] };
      proto.realPut = proto.put;
      proto.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    try {
      await item.getByRole("button", { name: "Edit" }).click();
      const form = notes.getByRole("form", { name: "Edit highlight" });
      await form.getByLabel("Note").fill("This will not fit");
      await form.getByRole("button", { name: "Save" }).click();
      await expect
        .poll(() => notes.getByRole("alert").textContent())
        .toContain("Your browser has no room left to store Actor Lens notes");
      // The edit stays open, with what the reader typed, to try again.
      expect(await form.getByLabel("Note").inputValue()).toBe("This will not fit");
    } finally {
      await notes.evaluate(() => {
        const proto = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore["put"] };
        if (proto.realPut) proto.put = proto.realPut;
      });
    }
    await notes.getByRole("form", { name: "Edit highlight" }).getByRole("button", { name: "Cancel" }).click();
    expect(await storedHighlights(browser.worker)).toEqual(before);
    await notes.getByRole("alert").getByRole("button", { name: "Dismiss" }).click();
  });

  it("lets the reader name the colours, and undo a delete from the keyboard", async () => {
    await notes.getByText("Colour names").click();
    const name = notes.getByLabel("Name of the blue colour");
    await name.fill("Follow up");
    await name.press("Enter");
    await name.blur();
    await expect.poll(() => notes.locator('[data-id="sample-2"] .chip').textContent()).toBe("Evidence");
    await notes.getByLabel("Tag", { exact: true }).selectOption("");
    await expect.poll(async () => (await storedHighlights(browser.worker)).length).toBe(3);
    const colors = await browser.worker.evaluate(
      () =>
        new Promise<unknown>((ok) => {
          const req = indexedDB.open("actor-lens-notes");
          req.onsuccess = () => {
            const get = req.result.transaction("meta").objectStore("meta").get("colors");
            get.onsuccess = () => {
              req.result.close();
              ok(get.result.value);
            };
          };
        }),
    );
    expect(colors).toContainEqual({ id: "blue", label: "Follow up" });
    // "/" goes to the search field; Ctrl+Z undoes a delete.
    await notes.locator("body").click({ position: { x: 5, y: 5 } });
    await notes.keyboard.press("/");
    expect(await notes.evaluate(() => document.activeElement?.id)).toBe("search");
    await notes.locator('[data-id="sample-1"]').getByRole("button", { name: "Delete" }).click();
    await expect.poll(count).toBe("2 highlights");
    await notes.keyboard.press("Control+z");
    await expect.poll(count).toBe("3 highlights");
  });

  it("exports readable Markdown and complete JSON; export → wipe → import gives back identical data", async () => {
    const before = await storedHighlights(browser.worker);
    const [md] = await Promise.all([
      notes.waitForEvent("download"),
      notes.getByRole("button", { name: "Export Markdown" }).click(),
    ]);
    const markdown = readFileSync((await md.path()) as string, "utf8");
    expect(md.suggestedFilename()).toMatch(/^actor-lens-notes-\d{4}-\d\d-\d\d\.md$/);
    expect(markdown).toContain("# Actor Lens highlights");
    expect(markdown).toContain("## [The PMF and the federal budget](<https://analysis.example/pmf-budget>)");
    expect(markdown).toContain("> Salaries for the Popular Mobilization Forces take up a growing share");
    expect(markdown).toContain("Share confirmed in the 2023 budget law.");
    expect(markdown).toContain("not found on the page");

    const [dl] = await Promise.all([
      notes.waitForEvent("download"),
      notes.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    const json = readFileSync((await dl.path()) as string, "utf8");
    const file = JSON.parse(json) as NotesExport;
    expect(file.format).toBe("actor-lens-notes");
    expect([...file.highlights].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...before].sort((a, b) => a.id.localeCompare(b.id)),
    );

    // Wipe the store (as a new browser profile would be), then import the export.
    await browser.worker.evaluate(
      () =>
        new Promise<void>((ok) => {
          const req = indexedDB.open("actor-lens-notes");
          req.onsuccess = () => {
            const tx = req.result.transaction("highlights", "readwrite");
            tx.objectStore("highlights").clear();
            tx.oncomplete = () => {
              req.result.close();
              ok();
            };
          };
        }),
    );
    await notes.reload();
    await expect.poll(() => notes.locator(".empty h2").textContent()).toBe("No highlights yet");
    await importBuffer("export.json", json);
    await expect.poll(count).toBe("3 highlights");
    const after = await storedHighlights(browser.worker);
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("merges an import: the newer copy of the same highlight wins", async () => {
    const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as NotesExport;
    const [one, two] = sample.highlights as [NotesExport["highlights"][0], NotesExport["highlights"][0]];
    one.note = "Newer note from another computer";
    one.updatedAt = Date.now() + 60_000;
    two.note = "Older note";
    await importBuffer("merge.json", JSON.stringify({ ...sample, highlights: [one, two] }));
    await expect
      .poll(() => notes.getByRole("status").first().textContent())
      .toContain("0 new, 1 updated, 1 unchanged");
    const stored = await storedHighlights(browser.worker);
    expect(stored.find((h) => h.id === "sample-1")?.note).toBe("Newer note from another computer");
    expect(stored.find((h) => h.id === "sample-2")?.note).toBe("");
  });

  it("lists a highlight saved on a page and opens that page at the highlight", async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url("/article.html"));
    await article.waitForFunction(() => performance.getEntriesByName("actor-lens:ready").length > 0);
    await selectText(article, "Analysts expect the debate to continue");
    await article.locator("actor-lens-save-button").click();
    await expect.poll(async () => (await readCard(article)).visible).toBe(true);
    await expect.poll(() => noteFieldHasFocus(article)).toBe(true);
    await article.keyboard.type("Parliament next week");
    await article.keyboard.press("Escape");
    await expect
      .poll(async () =>
        (await storedHighlights(browser.worker)).find((h) => h.note === "Parliament next week"),
      )
      .toBeTruthy();
    await article.close();

    await notes.bringToFront();
    await notes.reload();
    await expect
      .poll(() => notes.locator(".page h2").first().textContent())
      .toBe("Factions weigh the new budget");
    const saved = (await storedHighlights(browser.worker)).find((h) => h.note === "Parliament next week");
    const [opened] = await Promise.all([
      browser.context.waitForEvent("page"),
      notes.locator(`[data-id="${saved?.id}"]`).getByRole("button", { name: "Open at highlight" }).click(),
    ]);
    await expect.poll(() => drawnHighlights(opened)).toEqual(["Analysts expect the debate to continue"]);
    await expect.poll(async () => (await readCard(opened)).note).toBe("Parliament next week");
  });
});

describe("the notes page with many highlights", () => {
  /** More than the first screen (FIRST_SCREEN) plus two "Show more" (50 each). */
  const N = 130;
  let browser: ExtensionBrowser;
  let notes: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    notes = await browser.context.newPage();
    // A short window, so the first screen's end is well beyond the scroll look-ahead.
    await notes.setViewportSize({ width: 1200, height: 500 });
    await notes.goto(browser.pageUrl("notes.html"));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const drawnIds = () =>
    notes.locator(".hl").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

  it("draws the newest first, more on scroll or Show more, and searches every one", async () => {
    const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as NotesExport;
    const base = sample.highlights[0] as NotesExport["highlights"][0];
    const highlights = Array.from({ length: N }, (_, i) => ({
      ...base,
      id: `many-${i}`,
      url: `https://www.iraq-daily.example/story-${i % 40}`,
      title: `Story ${i % 40}`,
      quote: { ...base.quote, exact: `Passage number ${i}, marker${i}x.` },
      note: "A longer note, as readers write them, so that each highlight takes some room. ".repeat(4),
      createdAt: base.createdAt + i * 1000,
      updatedAt: base.createdAt + i * 1000,
    }));
    await notes.locator('input[type="file"]').setInputFiles({
      name: "many.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...sample, highlights })),
    });
    await expect.poll(() => notes.locator(".count").textContent()).toBe(`${N} highlights`);
    await notes.evaluate(() => window.scrollTo(0, 0));
    await notes.reload();
    // The first screen: the newest, newest first (each on its own page); the rest waits.
    await expect.poll(drawnIds).toEqual(Array.from({ length: FIRST_SCREEN }, (_, i) => `many-${N - 1 - i}`));
    await expect.poll(() => notes.locator(".count").textContent()).toBe(`${N} highlights`);
    expect(await notes.locator(".more").textContent()).toBe(`Show more (${N - FIRST_SCREEN} left)`);
    // "Show more" draws as many again. Clicked where it is, not scrolled to: scrolling the
    // list's end into view draws more by itself, which would race the click (and could take
    // the button away before it is pressed).
    await notes.evaluate(() => (document.querySelector(".more") as HTMLButtonElement).click());
    await expect.poll(async () => (await drawnIds()).length).toBe(FIRST_SCREEN + 50);
    expect(await notes.locator(".more").textContent()).toBe(`Show more (${N - FIRST_SCREEN - 50} left)`);
    // Scrolling to the end draws more.
    await notes.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await drawnIds()).length).toBeGreaterThan(FIRST_SCREEN + 50);
    // Scrolling on draws every one, and then there is no more to show.
    await expect
      .poll(async () => {
        await notes.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        return (await drawnIds()).length;
      })
      .toBe(N);
    expect(await notes.locator(".more").count()).toBe(0);
    // (Grouped by page, so in page order: every one is drawn once.)
    expect((await drawnIds()).sort()).toEqual(Array.from({ length: N }, (_, i) => `many-${i}`).sort());
    // Search covers every highlight, the oldest too, drawn or not. (Back at the top first: the
    // browser would restore the scroll to the list's end, which draws more by itself.)
    await notes.evaluate(() => window.scrollTo(0, 0));
    await notes.reload();
    await expect.poll(async () => (await drawnIds()).length).toBe(FIRST_SCREEN);
    await notes.getByLabel("Search quotes and notes").fill("marker0x");
    await expect.poll(drawnIds).toEqual(["many-0"]);
    await expect.poll(() => notes.locator(".count").textContent()).toContain(`1 of ${N} highlights`);
  });
});
