import { loadPreset } from "@threatscape/engine";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CoalitionMap } from "./coalition-map";
import { loadAtlas } from "./geo";
import { snapshotFromGame } from "./model";

// The atlas arrives by dynamic import; once loaded, the map renders synchronously.
await loadAtlas("110m");

function snap(id: string, highlight?: string) {
  const r = loadPreset(id);
  if (!r.ok) throw new Error(r.error.message);
  return snapshotFromGame(r.scenario, r.scenario.treaties, null, {
    highlightStateId: highlight ?? null,
  });
}

describe("<CoalitionMap>", () => {
  it("renders an accessible map with a text alternative", () => {
    const html = renderToStaticMarkup(<CoalitionMap snapshot={snap("europe-1914", "FRN")} />);
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Coalition map of Europe 1914: 2 alliance blocs\./,
    );
    expect(html).toContain("<table");
    // Blocs as the engine defines them (model.md s.7), not defence pacts only (D6).
    expect(html).toContain(
      "<caption>Alliance blocs (joined by defence pacts and ententes (consultation pacts) that name a common adversary, split where adversaries meet)</caption>",
    );
    expect(html).toContain("Franco-Russian Alliance");
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*>Table view<\/button>/);
    // States are keyboard-focusable, with a tooltip.
    expect(html).toMatch(/<g[^>]*tabindex="0"[^>]*data-state="AUH"/);
    expect(html).toContain("Drawn as: Russian Empire");
    expect(html).toContain("You are France.");
  });

  it("renders the network view the same way twice", () => {
    const s = snap("cold-war-1985");
    const a = renderToStaticMarkup(<CoalitionMap snapshot={s} mode="network" />);
    const b = renderToStaticMarkup(<CoalitionMap snapshot={structuredClone(s)} mode="network" />);
    expect(a).toBe(b);
    expect(a).toContain("Coalition network of Cold War 1985");
  });
});
