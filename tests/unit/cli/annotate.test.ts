/**
 * `npm run annotate`: the command line runs as a reader would run it, on files, a URL served on
 * 127.0.0.1, and bad input.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runScript } from "./run-script";

const annotate = (...args: string[]) => runScript("annotate.ts", ...args);

const PAGE = `<!doctype html><html><head><title>t</title><script>var x = "Kataib Hezbollah";</script></head>
<body><nav>Mustafa al-Kadhimi</nav><article><h1>Raid in Baghdad</h1>
<p>Prime Minister Mustafa al-Kadhimi ordered a raid on Kataib Hezbollah.</p>
<textarea>Qassem Soleimani</textarea></article></body></html>`;

describe("npm run annotate", () => {
  let server: Server;
  let origin: string;
  const dir = mkdtempSync(join(tmpdir(), "actor-lens-annotate-"));
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/page.html") res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      else if (req.url === "/image.png")
        res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([137, 80, 78, 71, 0, 0]));
      else res.writeHead(404).end("not found");
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it("prints JSON lines with surface, id, offsets, match and confidence for a text file", async () => {
    const file = join(dir, "a.txt");
    const text = "Yesterday Kata'ib Hizballah and the PMF met. Al-Sudani said little.";
    writeFileSync(file, text);
    const { code, stdout } = await annotate(file, "--json");
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[0]).toEqual({
      surface: "Kata'ib Hizballah",
      id: "kataib-hezbollah",
      start: 10,
      end: 27,
      match: "exact",
      confidence: 1,
      reason: "exact alias",
    });
    expect(text.slice(rows[1].start, rows[1].end)).toBe("PMF");
    expect(rows[1].id).toBe("popular-mobilization-forces");
    // A bare surname two people share, with no evidence on the page: reported, not guessed.
    expect(rows[2]).toMatchObject({ surface: "Al-Sudani", id: null });
    expect(rows[2].candidates).toEqual(expect.arrayContaining(["mohammed-shia-al-sudani"]));
  });

  it("reads a page from a URL as the content script would: no script, navigation or form fields", async () => {
    const { code, stdout } = await annotate(`${origin}/page.html`, "--json");
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.surface)).toEqual(["Mustafa al-Kadhimi", "Kataib Hezbollah"]);
  });

  it("prints a table by default", async () => {
    const file = join(dir, "b.txt");
    writeFileSync(file, "Qassem Soleimani");
    const { code, stdout } = await annotate(file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/surface\s+entity/);
    expect(stdout).toMatch(/Qassem Soleimani\s+qassem-soleimani\s+exact/);
  });

  it.each([
    ["a missing file", ["no/such/file.html"], 1, "no such file"],
    ["a binary file", [join(ROOT, "public/icon/16.png")], 1, "is not a text file"],
    ["an unreachable URL", ["http://127.0.0.1:9/page.html"], 1, "cannot read http://127.0.0.1:9/page.html"],
    ["a URL that is not found", ["%ORIGIN%/missing.html"], 1, "HTTP 404 Not Found"],
    ["a URL that is not text", ["%ORIGIN%/image.png"], 1, "is not text (content-type image/png)"],
    ["an unknown option", ["--nope", "a.txt"], 2, "unknown option --nope"],
    ["no input", [], 2, "expected one file or URL"],
  ])("refuses %s with a clear error and a non-zero exit", async (_what, args, exit, message) => {
    const { code, stderr, stdout } = await annotate(...args.map((a) => a.replace("%ORIGIN%", origin)));
    expect(code).toBe(exit);
    expect(stderr).toContain(message);
    expect(stdout).toBe("");
  });
});
