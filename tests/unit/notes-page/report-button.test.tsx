// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseReport } from "../../../lib/corrections/report";
import { ReportButton } from "../../../lib/notes-page/ReportButton";
import { makeCorrection } from "../notes/corrections-helpers";

afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

const list = [makeCorrection({ kind: "spelling" }), makeCorrection({ sentence: "" })];

async function click() {
  const button = [...document.querySelectorAll("button")].find(
    (b) => b.textContent === "Send to the maintainers",
  );
  await act(async () => {
    button?.click();
    await new Promise((ok) => setTimeout(ok, 20));
  });
}

describe("Send to the maintainers", () => {
  it("copies a report that parses back to the corrections listed, and says so", async () => {
    const write = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    act(() => render(<ReportButton corrections={list} />, document.body));
    await click();
    expect(write).toHaveBeenCalledTimes(1);
    const { corrections, errors } = parseReport(write.mock.calls[0]?.[0] as string);
    expect(errors).toEqual([]);
    expect(corrections.map((c) => [c.kind, c.page])).toEqual(list.map((c) => [c.kind, c.url]));
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(
      /^Copied a report of 2 corrections/,
    );
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("shows the report to copy by hand when the clipboard is refused", async () => {
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(
      new DOMException("denied", "NotAllowedError"),
    );
    act(() => render(<ReportButton corrections={list} />, document.body));
    await click();
    const area = document.querySelector("textarea");
    expect(area?.readOnly).toBe(true);
    expect(parseReport(area?.value ?? "").corrections).toHaveLength(2);
    expect(document.querySelector('[role="status"]')?.textContent).toContain("did not let Actor Lens copy");
  });

  it("cannot be pressed with no correction listed", () => {
    act(() => render(<ReportButton corrections={[]} />, document.body));
    expect(document.querySelector("button")?.disabled).toBe(true);
  });
});
