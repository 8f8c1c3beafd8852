import type { NewsItem } from "@threatscape/engine";
import { describe, expect, it } from "vitest";
import { crisisCards } from "./news-panel";

describe("crisis cards (issue 12, defect 9)", () => {
  it("come from the live news, description included, so a released crisis shows without a reload", () => {
    const news: NewsItem[] = [
      { round: 1, headline: "Talks open", visibleTo: null },
      {
        round: 1,
        headline: "Another Himalayan standoff",
        visibleTo: null,
        crisis: { id: "border-standoff", description: "Road-building on a disputed plateau." },
      },
      {
        round: 2,
        headline: "Fishing boats rammed",
        visibleTo: null,
        crisis: { id: null, description: "A cutter rams two boats." },
      },
    ];
    // The scenario sent on join knew no released crisis.
    expect(crisisCards(news, [])).toEqual([
      {
        id: "border-standoff",
        headline: "Another Himalayan standoff",
        description: "Road-building on a disputed plateau.",
      },
      { id: "ad-hoc-2", headline: "Fishing boats rammed", description: "A cutter rams two boats." },
    ]);
  });
});
