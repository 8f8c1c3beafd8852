import type { Dashboard, LobbySeat } from "@threatscape/protocol";
import { describe, expect, it } from "vitest";
import {
  emptyPlayableSeats,
  formatSeconds,
  gameProgress,
  groupDashboard,
  leadOf,
  namedBlocs,
  normaliseJoinCode,
  timerTone,
  validateCrisisDraft,
} from "./format";

const timing = (
  over: Partial<{
    status: "lobby" | "running" | "paused" | "finished";
    round: number;
    rounds: number;
    phase: "lobby" | "negotiation" | "orders" | "resolution" | "news" | "ended";
  }>,
) => ({
  status: "running" as const,
  round: 2,
  rounds: 8,
  phase: "negotiation" as const,
  ...over,
});

describe("game progress and timer tone", () => {
  it("measures the game's progress by completed rounds", () => {
    expect(gameProgress(timing({ status: "lobby" }))).toBe(0);
    expect(gameProgress(timing({ round: 5 }))).toBe(0.5);
    expect(gameProgress(timing({ status: "finished" }))).toBe(1);
  });
  it("colours the countdown by what is left of the phase", () => {
    expect(timerTone(120_000, 300_000, "running")).toBeUndefined();
    expect(timerTone(25_000, 300_000, "running")).toBe("warn");
    expect(timerTone(25_000, 30_000, "running")).toBeUndefined();
    expect(timerTone(9_000, 30_000, "running")).toBe("bad");
    expect(timerTone(9_000, 30_000, "paused")).toBe("paused");
  });
  it("formats durations", () => {
    expect(formatSeconds(300)).toBe("5 min");
    expect(formatSeconds(90)).toBe("1 min 30 s");
    expect(formatSeconds(45)).toBe("45 s");
  });
});

describe("join codes", () => {
  it("accepts any case and ignores spaces and dashes", () => {
    expect(normaliseJoinCode(" abc-234 ")).toEqual({ ok: true, code: "ABC234" });
  });
  it("explains look-alikes and wrong lengths", () => {
    const zero = normaliseJoinCode("ABC230");
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.message).toContain('"0"');
    const short = normaliseJoinCode("ABC2");
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.message).toContain("six");
    expect(normaliseJoinCode("").ok).toBe(false);
  });
});

describe("ad-hoc crisis form", () => {
  const states = ["FRA", "GMY", "RUS"];
  const actions = ["mobilise", "threaten-force"];
  it("needs a headline", () => {
    const check = validateCrisisDraft(
      { headline: "  ", description: "", events: [] },
      states,
      actions,
    );
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.headline).toBeDefined();
  });
  it("flags each bad coded event by its row", () => {
    const check = validateCrisisDraft(
      {
        headline: "Border incident",
        description: "",
        events: [
          { actor: "FRA", target: "GMY", action: "mobilise", note: "" },
          { actor: "FRA", target: "FRA", action: "mobilise", note: "" },
          { actor: "FRA", target: "GMY", action: "", note: "" },
          { actor: "XXX", target: "GMY", action: "mobilise", note: "" },
        ],
      },
      states,
      actions,
    );
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors.events ?? {})).toEqual(["1", "2", "3"]);
  });
  it("builds the protocol command, trimmed", () => {
    const check = validateCrisisDraft(
      {
        headline: " Border incident ",
        description: " Shots fired ",
        events: [{ actor: "GMY", target: "RUS", action: "threaten-force", note: " at dawn " }],
      },
      states,
      actions,
    );
    expect(check).toEqual({
      ok: true,
      command: {
        command: "ad-hoc-crisis",
        headline: "Border incident",
        description: "Shots fired",
        events: [{ actor: "GMY", target: "RUS", action: "threaten-force", note: "at dawn" }],
      },
    });
  });
});

describe("dashboard grouping", () => {
  const seats: LobbySeat[] = [
    { stateId: "GBR", name: "Britain", playable: false, participants: [], bot: null },
    {
      stateId: "FRA",
      name: "France",
      playable: true,
      participants: [
        { id: "p1", displayName: "Ada", connected: true },
        { id: "p2", displayName: "Ben", connected: false },
      ],
      bot: null,
    },
    { stateId: "GMY", name: "Germany", playable: true, participants: [], bot: "walt" },
    { stateId: "RUS", name: "Russia", playable: true, participants: [], bot: null },
  ];
  const dashboard: Dashboard = {
    submitted: { FRA: true, GMY: false, RUS: false },
    connected: { FRA: 1 },
    bots: { GMY: "walt" },
    messages: { total: 7, byKind: { public: 2, direct: 4, group: 1 }, byState: { FRA: 5, GMY: 2 } },
    blocs: [
      { number: 1, members: ["FRA", "RUS"], treatyIds: ["t1"] },
      { number: 2, members: ["GBR", "GMY"], treatyIds: ["t2", "t3"] },
    ],
  };

  it("puts playable states first and counts seats, bots and orders", () => {
    const summary = groupDashboard(seats, dashboard);
    expect(summary.rows.map((r) => r.stateId)).toEqual(["FRA", "GMY", "RUS", "GBR"]);
    expect(summary).toMatchObject({
      playable: 3,
      seated: 1,
      botSeats: 1,
      emptySeats: 1,
      submitted: 1,
      expectedOrders: 2,
      connectedStudents: 1,
      students: 2,
    });
    expect(summary.rows[0]).toMatchObject({ messages: 5, submitted: true, connectedStudents: 1 });
    expect(summary.rows[3]?.submitted).toBeNull();
  });
  it("works before the first dashboard arrives", () => {
    const summary = groupDashboard(seats, null);
    expect(summary.rows[1]?.bot).toBe("walt");
    expect(summary.submitted).toBe(0);
  });
  it("lists the seats bots would fill", () => {
    expect(emptyPlayableSeats(seats)).toEqual(["RUS"]);
  });
  it("names the dashboard's blocs with the engine's numbers", () => {
    const names = new Map(seats.map((s) => [s.stateId, s.name]));
    expect(namedBlocs(dashboard.blocs, names)).toEqual([
      {
        number: 1,
        label: "Bloc 1",
        members: [
          { id: "FRA", name: "France" },
          { id: "RUS", name: "Russia" },
        ],
      },
      {
        number: 2,
        label: "Bloc 2",
        members: [
          { id: "GBR", name: "Britain" },
          { id: "GMY", name: "Germany" },
        ],
      },
    ]);
  });
});

describe("scenario summaries", () => {
  it("cuts long summaries at a sentence end", () => {
    const text = `${"A".repeat(150)}. ${"B".repeat(200)}.`;
    expect(leadOf(text)).toBe(`${"A".repeat(150)}.`);
    expect(leadOf("Short.")).toBe("Short.");
  });
});
