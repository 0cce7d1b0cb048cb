/**
 * The notes page's side of reader corrections (issue 12): the Corrections section lists and
 * filters what the reader said, removes with undo, carries corrections through JSON export and
 * import (a bad file changes nothing), lists them in the Markdown export, and copies the report
 * for the maintainers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../lib/corrections/report";
import type { Correction } from "../../lib/corrections/types";
import type { NotesExport } from "../../lib/notes/io";
import { NO_SENTENCE } from "../../lib/notes-page/corrections-report";
import {
  addCorrections,
  allowClipboard,
  readClipboard,
  storedCorrections,
  wipeCorrections,
} from "./corrections-helpers";
import { type ExtensionBrowser, launchWithExtension, ROOT, SCREENSHOTS } from "./harness";
import { openPage, serveArticle, storedHighlights } from "./notes-helpers";

const SAMPLE = join(ROOT, "tests/fixtures/notes/export-sample.json");
const SENTENCE = "Badr chief Hadi al-Ameri said on Monday that the alliance would stay.";

describe("corrections on the notes page", () => {
  let browser: ExtensionBrowser;
  let notes: Page;
  let server: Awaited<ReturnType<typeof serveArticle>>;
  let made: Correction[] = [];
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

  const section = () => notes.locator("section.corrections");
  /** The corrections listed, each as its first line reads (the quotation marks are drawn by CSS). */
  const listed = () => notes.locator(".corr .corr-says").allTextContents();
  const listedIds = () =>
    notes.locator(".corr").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  const filter = (label: string) => notes.getByLabel(`Correction ${label}`, { exact: true });
  const importBuffer = (name: string, text: string) =>
    notes
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  /** Stored records in the order the section lists them: newest first. */
  const newestFirst = (list: Correction[]) =>
    [...list].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));

  it("shows a clear empty state", async () => {
    await expect.poll(() => section().locator(".corr-empty h3").textContent()).toBe("No corrections yet");
    expect(await section().getByRole("button", { name: "Send to the maintainers" }).count()).toBe(0);
  });

  it("lists every correction newest first, in words, with the entity's name, the scope and the page", async () => {
    // From an empty store, also when this test runs a second time (the e2e configs retry once).
    await wipeCorrections(browser.worker);
    made = [
      ...(await addCorrections(notes, {
        url: "https://www.news.example/2021/11/drone",
        title: "Drone attack on the prime minister's residence",
        corrections: [
          {
            kind: "not",
            spelling: "Hadi al-Ameri",
            entity: "hadi-al-amiri",
            scope: "site",
            sentence: SENTENCE,
          },
        ],
      })),
      ...(await addCorrections(notes, {
        url: "https://analysis.example/pmf",
        title: "The PMF and the budget",
        corrections: [
          {
            kind: "spelling",
            spelling: "Abu Fadak",
            entity: "abu-fadak-al-mohammedawi",
            scope: "everywhere",
            sentence: "",
          },
        ],
      })),
      ...(await addCorrections(notes, {
        url: "https://analysis.example/raid",
        title: "",
        corrections: [
          {
            kind: "not",
            spelling: "KH",
            entity: "kataib-hezbollah",
            scope: "page",
            sentence: "KH, the hospital said.",
          },
        ],
      })),
    ];
    expect(await storedCorrections(browser.worker)).toHaveLength(3);
    await notes.reload();
    const order = newestFirst(made);
    await expect.poll(listedIds).toEqual(order.map((c) => c.id));
    const says = new Map([
      [made[0]?.id, "Hadi al-Ameri is not Hadi al-Amiri on news.example"],
      [made[1]?.id, "Abu Fadak is Abu Fadak al-Mohammedawi everywhere"],
      [made[2]?.id, "KH is not Kataib Hezbollah on this page"],
    ]);
    // Names come from the dataset, read after the list.
    await expect
      .poll(async () => (await listed()).map((t) => t.replace(/\s+/g, " ").trim()))
      .toEqual(order.map((c) => says.get(c.id)));
    const first = notes.locator(`.corr[data-id="${made[0]?.id}"]`);
    expect(await first.locator(".corr-sentence").textContent()).toBe(SENTENCE);
    const link = first.getByRole("link", { name: "Drone attack on the prime minister's residence" });
    expect(await link.getAttribute("href")).toBe("https://www.news.example/2021/11/drone");
    expect(await link.getAttribute("target")).toBe("_blank");
    // A page without a title is named by its address.
    expect(await notes.locator(`.corr[data-id="${made[2]?.id}"] .corr-page`).textContent()).toBe(
      "https://analysis.example/raid",
    );
    expect(await notes.locator(".corr-count").textContent()).toBe("3 corrections");
    await notes.screenshot({ path: join(SCREENSHOTS, "notes-corrections.png"), fullPage: true });
    await notes.emulateMedia({ colorScheme: "dark" });
    // Polled: Firefox's driver sets the colour scheme on the browsing context, and the page
    // restyles after the call returns.
    await expect
      .poll(() =>
        notes.evaluate(
          () => getComputedStyle(document.querySelector(".corr-list") as Element).backgroundColor,
        ),
      )
      .toBe("rgb(32, 35, 40)");
    await notes.emulateMedia({ colorScheme: "light" });
  });

  it("filters by kind, scope, site and entity", async () => {
    const id = (i: number) => made[i]?.id;
    await filter("Kind").selectOption("not");
    await expect.poll(async () => (await listedIds()).sort()).toEqual([id(0), id(2)].sort());
    expect(await notes.locator(".corr-count").textContent()).toContain("2 of 3 corrections");
    await filter("Holds").selectOption("page");
    await expect.poll(listedIds).toEqual([id(2)]);
    await filter("Holds").selectOption("everywhere");
    await expect
      .poll(() => notes.locator(".corr-none").textContent())
      .toBe("No correction matches these filters.");
    await notes.getByRole("button", { name: "Show every correction" }).click();
    await expect.poll(async () => (await listedIds()).length).toBe(3);
    await filter("Site").selectOption("analysis.example");
    await expect.poll(async () => (await listedIds()).sort()).toEqual([id(1), id(2)].sort());
    await filter("Site").selectOption("");
    await filter("Entity").selectOption("hadi-al-amiri");
    await expect.poll(listedIds).toEqual([id(0)]);
    // The filter's options name the entity, with its count.
    expect(await notes.locator('select[aria-labelledby="f-c-entity"] option').allTextContents()).toContain(
      "Hadi al-Amiri (1)",
    );
    await filter("Entity").selectOption("");
    await expect.poll(async () => (await listedIds()).length).toBe(3);
    // The highlights' own filters keep their names: the two lists' filters are told apart.
    expect(await notes.getByLabel("Entity", { exact: true }).count()).toBe(1);
  });

  it("removes a correction, and Undo puts back the very same record", async () => {
    const before = await storedCorrections(browser.worker);
    const target = made[0] as Correction;
    await notes.locator(`.corr[data-id="${target.id}"]`).getByRole("button", { name: "Remove" }).click();
    await expect.poll(async () => (await storedCorrections(browser.worker)).length).toBe(2);
    await expect.poll(async () => (await listedIds()).includes(target.id)).toBe(false);
    expect(await notes.locator(".toast").textContent()).toContain("Correction removed.");
    await notes.locator(".toast").getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => storedCorrections(browser.worker)).toEqual(before);
    await expect.poll(async () => (await listedIds()).includes(target.id)).toBe(true);

    // From the keyboard: Enter on Remove, then Ctrl+Z outside a field.
    const other = made[1] as Correction;
    await notes.locator(`.corr[data-id="${other.id}"]`).getByRole("button", { name: "Remove" }).focus();
    await notes.keyboard.press("Enter");
    await expect.poll(async () => (await listedIds()).includes(other.id)).toBe(false);
    expect((await storedCorrections(browser.worker)).map((c) => c.id)).not.toContain(other.id);
    await notes.locator("body").click({ position: { x: 5, y: 5 } });
    await notes.keyboard.press("Control+z");
    await expect.poll(() => storedCorrections(browser.worker)).toEqual(before);
    await expect.poll(async () => (await listedIds()).includes(other.id)).toBe(true);
  });

  it("copies a report for the maintainers that parses back to the corrections listed", async () => {
    await allowClipboard(browser);
    await notes.bringToFront();
    await notes.getByRole("button", { name: "Send to the maintainers" }).click();
    await expect
      .poll(() => notes.locator(".corr-copied").textContent())
      .toBe("Copied a report of 3 corrections. Paste it into an e-mail or an issue.");
    expect(await notes.locator(".corr-manual").count()).toBe(0);
    const report = await readClipboard(notes);
    const { corrections, errors } = parseReport(report);
    expect(errors).toEqual([]);
    expect(corrections).toEqual(
      newestFirst(await storedCorrections(browser.worker)).map((c) => ({
        kind: c.kind,
        spelling: c.spelling,
        entity: c.entity,
        scope: c.scope,
        page: c.url,
        sentence: c.sentence || NO_SENTENCE,
      })),
    );
  });

  it("exports corrections in JSON and Markdown; export → wipe → import gives back identical corrections", async () => {
    const before = await storedCorrections(browser.worker);
    const [md] = await Promise.all([
      notes.waitForEvent("download"),
      notes.getByRole("button", { name: "Export Markdown" }).click(),
    ]);
    const markdown = readFileSync((await md.path()) as string, "utf8");
    expect(markdown).toContain("## Corrections");
    expect(markdown).toContain(
      "- “Hadi al-Ameri” is not **Hadi al-Amiri** (`hadi-al-amiri`), on news.example; made on [Drone attack on the prime minister's residence](<https://www.news.example/2021/11/drone>)",
    );
    expect(markdown).toContain(`  > ${SENTENCE}`);

    const [dl] = await Promise.all([
      notes.waitForEvent("download"),
      notes.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    const json = readFileSync((await dl.path()) as string, "utf8");
    const file = JSON.parse(json) as NotesExport;
    expect([...(file.corrections ?? [])].sort((a, b) => a.id.localeCompare(b.id))).toEqual(before);

    await wipeCorrections(browser.worker);
    await notes.reload();
    await expect.poll(() => section().locator(".corr-empty h3").textContent()).toBe("No corrections yet");
    await importBuffer("export.json", json);
    await expect
      .poll(() => notes.locator(".banner.info").textContent())
      .toContain(
        "Imported export.json: 0 new, 0 updated, 0 unchanged (yours were as new or newer). Corrections: 3 new, 0 already here.",
      );
    expect(await storedCorrections(browser.worker)).toEqual(before);
    await expect.poll(listedIds).toEqual(newestFirst(before).map((c) => c.id));

    // Importing the same file again keeps what is stored.
    await importBuffer("export.json", json);
    await expect
      .poll(() => notes.locator(".banner.info").textContent())
      .toContain("Corrections: 0 new, 3 already here.");
    expect(await storedCorrections(browser.worker)).toEqual(before);
  });

  it("refuses a malformed corrections file, saying which record and why, and changes nothing", async () => {
    const correctionsBefore = await storedCorrections(browser.worker);
    const highlightsBefore = await storedHighlights(browser.worker);
    const fresh = { ...(correctionsBefore[0] as Correction), id: "fresh-1" };
    const base = {
      format: "actor-lens-notes",
      version: 3,
      // A good highlight beside the bad correction: it is not imported either.
      highlights: (JSON.parse(readFileSync(SAMPLE, "utf8")) as NotesExport).highlights.slice(0, 1),
      corrections: [fresh, { ...fresh, id: "fresh-2", kind: "maybe" }],
    };
    await importBuffer("bad-kind.json", JSON.stringify(base));
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain(
        "bad-kind.json: This export is damaged (file.corrections[1].kind: expected one of spelling, not); nothing was imported.",
      );
    await importBuffer("twice.json", JSON.stringify({ ...base, corrections: [fresh, fresh] }));
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain("file.corrections[1].id: the same id twice");
    await importBuffer("field.json", JSON.stringify({ ...base, corrections: [{ ...fresh, secret: 1 }] }));
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain("file.corrections[0].secret: unexpected field");
    await importBuffer(
      "unknown.json",
      JSON.stringify({ ...base, corrections: [{ ...fresh, entity: "no-such-group" }] }),
    );
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain('file.corrections[0].entity: "no-such-group" is not in Actor Lens\'s dataset');
    await importBuffer("cut.json", JSON.stringify({ ...base, corrections: [fresh] }).slice(0, -30));
    await expect
      .poll(() => notes.getByRole("alert").textContent())
      .toContain("cut.json: This file is not JSON");
    expect(await storedCorrections(browser.worker)).toEqual(correctionsBefore);
    expect(await storedHighlights(browser.worker)).toEqual(highlightsBefore);
    expect((await listedIds()).sort()).toEqual(correctionsBefore.map((c) => c.id).sort());
  });

  it("tells the open tabs when the notes page removes a correction or undoes it: their marks follow without a reload", async () => {
    const article = await openPage(browser.context, server, "/article.html");
    /** The texts Actor Lens marks on the article (every mark kind; not the reader's notes). */
    const marked = () =>
      article.evaluate(() =>
        [...CSS.highlights]
          .filter(([name]) => name !== "actor-lens-note")
          .flatMap(([, h]) => [...(h as Highlight)].map((r) => r.toString())),
      );
    await expect.poll(marked).toContain("Kataib Hezbollah");
    const [wrong] = await addCorrections(notes, {
      url: server.url("/article.html"),
      title: "Factions weigh the new budget",
      corrections: [
        {
          kind: "not",
          spelling: "Kataib Hezbollah",
          entity: "kataib-hezbollah",
          scope: "site",
          sentence: "",
        },
      ],
    });
    await expect.poll(marked).not.toContain("Kataib Hezbollah");

    await notes.bringToFront();
    await notes.reload();
    await notes.locator(`.corr[data-id="${wrong?.id}"]`).getByRole("button", { name: "Remove" }).click();
    await expect.poll(marked).toContain("Kataib Hezbollah");
    await notes.locator(".toast").getByRole("button", { name: "Undo" }).click();
    await expect.poll(marked).not.toContain("Kataib Hezbollah");
    expect((await storedCorrections(browser.worker)).find((c) => c.id === wrong?.id)).toEqual(wrong);
    await article.close();
  });
});
