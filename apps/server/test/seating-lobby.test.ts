// The lobby block is rebuilt only when a participant or the bots change: the publisher then
// skips comparing it after a game action. Any change a student would see must rebuild it.
import { createGame, loadPreset } from "@threatscape/engine";
import type { ParticipantRecord } from "@threatscape/db";
import { describe, expect, it } from "vitest";
import { Seating } from "../src/live/seating.ts";

const record = (id: string, displayName: string): ParticipantRecord => ({
  id,
  gameId: "g1",
  seatId: null,
  displayName,
  role: "student",
  isBot: false,
  kicked: false,
  lastSeenAt: new Date(0),
  createdAt: new Date(0),
});

function setUp() {
  const preset = loadPreset("east-asia-2017");
  if (!preset.ok) throw new Error(preset.error.message);
  const created = createGame(preset.scenario, { seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  const seating = new Seating();
  seating.add(record("p1", "Ana"), "JPN", null);
  seating.add(record("p2", "Ben"), null, null);
  return { seating, state: created.state };
}

const seatOf = (lobby: ReturnType<Seating["lobby"]>, stateId: string) =>
  lobby.seats.find((s) => s.stateId === stateId)!;

describe("Seating.lobby", () => {
  it("is the same object while nothing in it changed", () => {
    const { seating, state } = setUp();
    const first = seating.lobby(state);
    expect(seating.lobby({ ...state, round: state.round + 1 })).toBe(first);
    expect(seatOf(first, "JPN").participants).toEqual([
      { id: "p1", displayName: "Ana", connected: false },
    ]);
    expect(first.unseated).toEqual([{ id: "p2", displayName: "Ben", connected: false }]);
  });

  it("is rebuilt on every change a student sees: connection, seat, name, removal, bots", () => {
    const { seating, state } = setUp();
    let last = seating.lobby(state);
    const next = (s = state) => {
      const lobby = seating.lobby(s);
      expect(lobby).not.toBe(last);
      last = lobby;
      return lobby;
    };
    seating.connected("p1");
    expect(seatOf(next(), "JPN").participants[0]!.connected).toBe(true);
    seating.disconnected("p1", 1000);
    expect(seatOf(next(), "JPN").participants[0]!.connected).toBe(false);
    seating.move("p2", "KOR");
    expect(seatOf(next(), "KOR").participants.map((p) => p.id)).toEqual(["p2"]);
    expect(last.unseated).toEqual([]);
    seating.updateRecord({ ...record("p2", "Benedict"), seatId: "KOR" });
    expect(seatOf(next(), "KOR").participants[0]!.displayName).toBe("Benedict");
    seating.remove("p1");
    expect(seatOf(next(), "JPN").participants).toEqual([]);
    expect(seatOf(next({ ...state, bots: { JPN: "walt" } }), "JPN").bot).toBe("walt");
  });
});
