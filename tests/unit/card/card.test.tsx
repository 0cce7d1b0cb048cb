// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it, vi } from "vitest";
import { type CardModel, cardModel } from "../../../lib/dataset/card-model";
import { compileDataset } from "../../../lib/dataset/compile";
import { CandidatesCard, Card } from "../../../lib/ui/card/Card";
import { validInput } from "../dataset/fixture";

function model(id = "alpha-brigades"): CardModel {
  return cardModel(compileDataset(validInput()), id) as CardModel;
}

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement("div");
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

describe("Card", () => {
  it("shows name, type, role, matched spelling, summary and sources", () => {
    const root = mount(<Card model={model()} variant="hover" matchedAs="AB" />);
    expect(root.querySelector("h2")?.textContent).toBe("Alpha Brigades");
    expect(root.querySelector(".al-type")?.textContent).toBe("Group · militia");
    expect(root.querySelector(".al-role")?.textContent).toContain("Armed group active from 2020");
    expect(root.querySelector(".al-matched")?.textContent).toContain("AB");
    expect(root.querySelectorAll(".al-source")).toHaveLength(2);
    expect(root.querySelector(".al-disagree")?.textContent).toContain("Date of the attack");
  });

  it("hides the matched spelling when it is the name", () => {
    const root = mount(<Card model={model()} variant="hover" matchedAs="Alpha Brigades" />);
    expect(root.querySelector(".al-matched")).toBeNull();
  });

  it("opens an affiliation through onNavigate", () => {
    const onNavigate = vi.fn();
    const root = mount(<Card model={model()} variant="hover" onNavigate={onNavigate} />);
    const link = root.querySelector<HTMLButtonElement>('.al-link[data-target="beta-party"]');
    act(() => link?.click());
    expect(onNavigate).toHaveBeenCalledWith("beta-party");
  });

  it("shows evidence on demand", () => {
    const root = mount(<Card model={model()} variant="hover" />);
    expect(root.querySelector(".al-evidence")).toBeNull();
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent === "Show evidence");
    act(() => button?.click());
    expect(root.querySelector(".al-evidence")?.textContent).toContain("The Alpha Brigades, also called AB");
  });

  it("shows three events and the rest on demand", () => {
    const m = model();
    m.events = Array.from({ length: 5 }, (_, i) => ({
      id: `e${i}`,
      date: `202${5 - i}`,
      precision: "year" as const,
      title: `Event ${i}`,
      part: "",
      disputed: false,
      cites: [],
    }));
    const root = mount(<Card model={m} variant="hover" />);
    expect(root.querySelectorAll(".al-event")).toHaveLength(3);
    const more = root.querySelector<HTMLButtonElement>(".al-events .al-more");
    expect(more?.textContent).toBe("Show all 5 events");
    act(() => more?.click());
    expect(root.querySelectorAll(".al-event")).toHaveLength(5);
  });

  it("lists the candidates of an ambiguous name", () => {
    const onNavigate = vi.fn();
    const root = mount(
      <CandidatesCard
        surface="Alpha"
        candidates={[
          { id: "alpha-brigades", name: "Alpha Brigades", type: "group", role: "Armed group" },
          { id: "beta-party", name: "Beta Party", type: "group", role: "Party" },
        ]}
        onNavigate={onNavigate}
      />,
    );
    const links = root.querySelectorAll<HTMLButtonElement>(".al-link");
    expect([...links].map((l) => l.textContent)).toEqual(["Alpha Brigades", "Beta Party"]);
    act(() => links[1]?.click());
    expect(onNavigate).toHaveBeenCalledWith("beta-party");
  });
});
