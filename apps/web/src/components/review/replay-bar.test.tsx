import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReplayBar } from "./replay-bar";
import type { DebriefData, TimelineEntry } from "./types";

// Only the fields the bar reads; the rest of the debrief does not shape its wording.
const debrief = {
  states: [
    { id: "VNM", name: "Vietnam", playable: true },
    { id: "JPN", name: "Japan", playable: true },
  ],
  humanStates: ["JPN"],
  botsByRound: { 3: { VNM: "walt" } },
} as unknown as DebriefData;
const timeline = [{ seq: 38, round: 3, phase: "diplomacy" }] as unknown as TimelineEntry[];

function bar(viewer: string, round = 3) {
  const current = { ...timeline[0]!, round } as TimelineEntry;
  return renderToStaticMarkup(
    <ReplayBar
      debrief={debrief}
      timeline={[current]}
      index={0}
      current={current}
      viewer={viewer}
      onViewer={() => {}}
      onIndex={() => {}}
      studentOf={() => undefined}
      loading={false}
    />,
  ).replace(/<!-- -->/g, "");
}

describe("<ReplayBar> point-of-view wording (D3)", () => {
  it("names the bot, not a student, for a bot-played state", () => {
    const html = bar("VNM");
    expect(html).toContain("Exactly as the bot (walt) playing Vietnam saw it");
    expect(html).not.toContain("student");
  });

  it("names a bot without a recorded policy for an unseated state", () => {
    expect(bar("VNM", 1)).toContain("Exactly as the bot playing Vietnam saw it");
  });

  it("names the student for a seated state", () => {
    expect(bar("JPN")).toContain("Exactly as Japan&#x27;s student saw it");
  });
});
