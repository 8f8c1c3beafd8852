import { describe, expect, it } from "vitest";
import { snapshotOf } from "~/test/live-fixtures";
import { botPlaying, describeBotAction } from "./bot-notice";

const names: Record<string, string> = { CHN: "China", JPN: "Japan" };
const name = (id: string) => names[id] ?? id;

describe("bot notices (issue 12, defect 8)", () => {
  it("says which bot plays my seat, from the snapshot's lobby", () => {
    const snapshot = snapshotOf(1);
    const seat = (stateId: string, bot: string | null) => ({
      stateId,
      name: name(stateId),
      playable: true,
      participants: [],
      bot,
    });
    const seats = [seat("JPN", "walt"), seat("CHN", null)];
    const withBot = { ...snapshot, lobby: seats };
    expect(botPlaying(withBot, "JPN")).toBe("walt");
    expect(botPlaying(withBot, "CHN")).toBeNull();
    expect(botPlaying(withBot, null)).toBeNull();
  });

  it("tells the student what a stand-in submitted in words", () => {
    expect(
      describeBotAction(
        {
          type: "submit-orders",
          actor: "JPN",
          orders: [{ type: "sanction", actor: "JPN", target: "CHN", intensity: 0.5 }],
        },
        name,
      ),
    ).toBe("Submitted orders: sanction China");
    expect(describeBotAction({ type: "submit-orders", actor: "JPN", orders: [] }, name)).toBe(
      "Submitted orders: no change",
    );
    expect(describeBotAction({ type: "accept-treaty", actor: "JPN", proposalId: "P1" }, name)).toBe(
      "Accepted a treaty proposal",
    );
  });
});
