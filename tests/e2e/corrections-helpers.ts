/** Helpers for the notes page's corrections e2e tests (issue 12). */
import type { Page, Worker } from "playwright-core";
import type { Correction, CorrectionInput } from "../../lib/corrections/types";
import { BROWSER, type ExtensionBrowser } from "./harness";

/** Every stored correction, read in the background (the extension's own origin), by id. */
export async function storedCorrections(worker: Worker): Promise<Correction[]> {
  const list = await worker.evaluate(
    () =>
      new Promise<Correction[]>((ok, fail) => {
        const req = indexedDB.open("actor-lens-notes");
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction("corrections").objectStore("corrections").getAll();
          get.onsuccess = () => {
            db.close();
            ok(get.result as Correction[]);
          };
          get.onerror = () => fail(get.error);
        };
      }),
  );
  return list.sort((a, b) => a.id.localeCompare(b.id));
}

/** Deletes every stored correction behind the page's back (as a new browser profile would be). */
export function wipeCorrections(worker: Worker): Promise<void> {
  return worker.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open("actor-lens-notes");
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction("corrections", "readwrite");
          tx.objectStore("corrections").clear();
          tx.oncomplete = () => {
            req.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/**
 * Stores corrections as the popup does: "ext:corrections-add" sent from an extension page (the
 * notes page), through the background and its checks. Returns the stored records.
 */
export async function addCorrections(
  page: Page,
  payload: { url: string; title: string; corrections: CorrectionInput[] },
): Promise<Correction[]> {
  const reply = (await page.evaluate(async (p) => {
    const g = globalThis as unknown as {
      browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: "ext:corrections-add", payload: p });
  }, payload)) as { ok: boolean; value?: { corrections: Correction[] }; error?: string };
  if (!reply.ok || !reply.value) throw new Error(`ext:corrections-add refused: ${reply.error}`);
  return reply.value.corrections;
}

/**
 * Lets the page's clipboard be read back, as a reader's paste would. Chromium: the clipboard
 * permissions, granted to the extension's origin. Firefox: nothing to grant (see readClipboard).
 */
export async function allowClipboard(browser: ExtensionBrowser): Promise<void> {
  if (BROWSER === "chromium")
    // Every origin: Chromium grants nothing to a chrome-extension:// origin by name.
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"]);
}

/**
 * What the system clipboard holds. Chromium: the clipboard API (allowClipboard first). Firefox
 * (which asks the reader before a page reads the clipboard): a real Ctrl+V into a scratch field
 * of the page, removed after.
 */
export async function readClipboard(page: Page): Promise<string> {
  if (BROWSER === "chromium") return page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate(() => {
    const t = document.createElement("textarea");
    t.id = "paste-probe";
    document.body.append(t);
  });
  await page.locator("#paste-probe").focus();
  await page.keyboard.press("Control+v");
  const text = await page.evaluate(
    () => (document.getElementById("paste-probe") as HTMLTextAreaElement).value,
  );
  await page.evaluate(() => document.getElementById("paste-probe")?.remove());
  return text;
}
