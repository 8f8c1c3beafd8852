import { describe, expect, it } from "vitest";
import { resultsRound, roundLabel, roundsPlayed, type RoundTiming } from "./round-label";

const at = (
  phase: RoundTiming["phase"],
  round: number,
  status: RoundTiming["status"] = "running",
): RoundTiming => ({ status, round, rounds: 8, phase });

describe("roundLabel", () => {
  it("names the round being played in negotiation, orders and resolution", () => {
    expect(roundLabel(at("negotiation", 1)).text).toBe("Round 1 of 8 · Negotiation");
    expect(roundLabel(at("orders", 3)).text).toBe("Round 3 of 8 · Orders");
    expect(roundLabel(at("orders", 5, "paused")).round).toBe("Round 5 of 8");
    expect(roundLabel(at("resolution", 3)).phase).toBe("Resolving round 3");
  });

  it("in the news phase names the round whose results are shown, not the next one", () => {
    // The engine numbers the news phase after round 1 as round 2.
    const news = roundLabel(at("news", 2));
    expect(news.text).toBe("Round 1 results · News");
    expect(news.resultsRound).toBe(1);
    expect(roundLabel(at("news", 8)).round).toBe("Round 7 results");
    expect(roundLabel(at("orders", 2)).resultsRound).toBeNull();
  });

  it("says Lobby before the start", () => {
    expect(roundLabel(at("lobby", 0, "lobby")).text).toBe("Lobby · 8 rounds to play");
    expect(roundLabel(at("lobby", 0, "lobby")).played).toBe(0);
  });

  it("after a full game says every round was played", () => {
    // The engine keeps round = rounds and moves to the ended phase after the last resolution.
    const over = roundLabel(at("ended", 8, "finished"));
    expect(over.text).toBe("Game over · All 8 rounds played");
    expect(over.played).toBe(8);
  });

  it("after an early end says how many rounds were actually played", () => {
    // Ended during round 4's negotiation: rounds 1 to 3 were resolved.
    expect(roundLabel(at("negotiation", 4, "finished")).phase).toBe(
      "Ended by the instructor after 3 of 8 rounds",
    );
    // Ended while round 3's results were read (news phase numbered 4): 3 rounds played.
    expect(roundLabel(at("news", 4, "finished")).played).toBe(3);
    // Ended before round 1 resolved.
    expect(roundLabel(at("orders", 1, "finished")).phase).toBe(
      "Ended by the instructor before any round was played",
    );
  });
});

describe("resultsRound and roundsPlayed", () => {
  it("stay within 1..rounds and 0..rounds", () => {
    expect(resultsRound({ round: 1, rounds: 8 })).toBe(1);
    expect(resultsRound({ round: 12, rounds: 8 })).toBe(8);
    expect(roundsPlayed(at("ended", 9, "finished"))).toBe(8);
    expect(roundsPlayed(at("negotiation", 1))).toBe(0);
  });
});
