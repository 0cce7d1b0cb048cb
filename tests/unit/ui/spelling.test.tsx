// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { type CardModel, cardModel } from "../../../lib/dataset/card-model";
import { compileDataset } from "../../../lib/dataset/compile";
import { CandidatesCard, Card } from "../../../lib/ui/card/Card";
import { Spelling, Spellings } from "../../../lib/ui/card/Spelling";
import { createContainer } from "../../../lib/ui/container";
import { validInput } from "../dataset/fixture";

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement("div");
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

const model = (): CardModel => cardModel(compileDataset(validInput()), "alpha-brigades") as CardModel;

describe("page spellings in our English UI (issue 16)", () => {
  it("quotes a spelling in its own dir=auto element", () => {
    const root = mount(<Spelling text="كتائب حزب الله" class="al-surface" />);
    expect(root.textContent).toBe("“كتائب حزب الله”");
    const span = root.querySelector("span.al-surface");
    expect([span?.getAttribute("dir"), span?.textContent]).toEqual(["auto", "كتائب حزب الله"]);
  });

  it("quotes several spellings one by one", () => {
    const root = mount(<Spellings texts={["الكاظمي", "Kadhimi"]} />);
    expect(root.textContent).toBe("“الكاظمي”, “Kadhimi”");
    expect([...root.querySelectorAll("span[dir=auto]")].map((s) => s.textContent)).toEqual([
      "الكاظمي",
      "Kadhimi",
    ]);
  });

  it("shows the Arabic spelling a card matched as dir=auto, the rest of the line unchanged", () => {
    const root = mount(
      <Card model={model()} variant="hover" matchedAs="كتائب الألفا" matchReason="exact alias" />,
    );
    expect(root.querySelector(".al-matched")?.textContent).toBe("Matched as “كتائب الألفا”: exact alias");
    expect(root.querySelector(".al-surface")?.getAttribute("dir")).toBe("auto");
  });

  it("titles an ambiguous name's card with the spelling dir=auto", () => {
    const root = mount(
      <CandidatesCard
        surface="الحشد"
        candidates={[]}
        onNavigate={() => {}}
        onClose={() => {}}
        onPin={() => {}}
        pinned={false}
        host="news.example"
        escape={{}}
      />,
    );
    expect(root.querySelector("h2")?.textContent).toBe("“الحشد”");
    expect(root.querySelector("h2 span")?.getAttribute("dir")).toBe("auto");
  });

  it("puts our in-page UI in English, left to right, whatever the page's dir and lang", () => {
    document.documentElement.setAttribute("dir", "rtl");
    document.documentElement.setAttribute("lang", "ar");
    try {
      const box = createContainer({ tag: "actor-lens-card", css: "" });
      expect([box.mount.getAttribute("dir"), box.mount.getAttribute("lang")]).toEqual(["ltr", "en"]);
      box.destroy();
    } finally {
      document.documentElement.removeAttribute("dir");
      document.documentElement.removeAttribute("lang");
    }
  });
});
