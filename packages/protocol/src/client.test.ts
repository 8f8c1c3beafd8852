import { describe, expect, it } from "vitest";
import { SnapshotStore, request, type RequestSocket } from "./client.ts";
import type { GameSnapshot, GameAct } from "./messages.ts";

const snapshot = (version: number, extra: Record<string, unknown> = {}): GameSnapshot =>
  ({
    gameId: "g1",
    title: "t",
    joinCode: "ABCDEF",
    version,
    audience: "state:JPN",
    serverTime: 1_000,
    you: { role: "student", participantId: null, stateId: "JPN" },
    timing: {
      status: "running",
      round: 1,
      rounds: 4,
      phase: "negotiation",
      deadline: 5_000,
      remainingMs: null,
      phaseMs: 4_000,
      pausedReason: null,
    },
    lobby: [],
    unseated: [],
    settings: { dropoutPolicy: "bot", dropoutGraceSeconds: 60 },
    view: { round: 1, news: [], ...extra },
  }) as unknown as GameSnapshot;

describe("SnapshotStore", () => {
  it("applies the next version, ignores older ones, reports a gap otherwise", () => {
    const store = new SnapshotStore();
    store.applySnapshot(snapshot(3), 400);
    expect(store.clockOffsetMs).toBe(600);
    const delta = {
      gameId: "g1",
      audience: "state:JPN",
      from: 3,
      to: 4,
      serverTime: 2_000,
      patch: [{ op: "add" as const, path: "/view/news/-", value: { headline: "war" } }],
    };
    expect(store.applyDelta(delta, 1_500)).toBe("applied");
    expect(store.snapshot?.version).toBe(4);
    expect((store.snapshot?.view as unknown as { news: unknown[] }).news).toEqual([
      { headline: "war" },
    ]);
    expect(store.clockOffsetMs).toBe(500);
    expect(store.applyDelta(delta)).toBe("ignored");
    expect(store.applyDelta({ ...delta, from: 5, to: 6 })).toBe("gap");
    // an unappliable patch is a gap, and leaves the held snapshot as it was
    expect(
      store.applyDelta({
        ...delta,
        from: 4,
        to: 5,
        patch: [{ op: "replace", path: "/view/nothing/here", value: 1 }],
      }),
    ).toBe("gap");
    expect(store.snapshot?.version).toBe(4);
  });

  it("does not mutate the snapshot it was given", () => {
    const store = new SnapshotStore();
    const first = snapshot(1);
    store.applySnapshot(first);
    store.applyDelta({
      gameId: "g1",
      audience: "state:JPN",
      from: 1,
      to: 2,
      serverTime: 0,
      patch: [{ op: "replace", path: "/view/round", value: 2 }],
    });
    expect((first.view as unknown as { round: number }).round).toBe(1);
  });
});

describe("request", () => {
  it("resolves with the ack, or TIMEOUT when the server does not answer", async () => {
    type Cb = (error: Error | null, reply: unknown) => void;
    const answering: RequestSocket = {
      timeout: () => ({
        emit: (_e: string, _p: unknown, cb: Cb) => cb(null, { ok: true, data: { accepted: true } }),
      }),
    };
    const silent: RequestSocket = {
      timeout: () => ({
        emit: (_e: string, _p: unknown, cb: Cb) => cb(new Error("timeout"), undefined),
      }),
    };
    const act: GameAct = { action: { type: "set-posture", posture: 0.5 } };
    expect(await request(answering, "game:act", act)).toEqual({
      ok: true,
      data: { accepted: true },
    });
    const timedOut = await request(silent, "game:act", act);
    expect(timedOut.ok ? null : timedOut.error.code).toBe("TIMEOUT");
  });

  it("types the payload from the engine: a typo in a treaty field does not compile", () => {
    const ok: GameAct = {
      action: { type: "propose-treaty", terms: { kind: "defence", members: ["JPN", "USA"] } },
    };
    const typo: GameAct = {
      // @ts-expect-error: "memebrs" is not a treaty field
      action: { type: "propose-treaty", terms: { kind: "defence", memebrs: ["JPN"] } },
    };
    // @ts-expect-error: a student's action has no actor (the seat decides it)
    const actor: GameAct = { action: { type: "no-change", actor: "JPN" } };
    expect([ok, typo, actor]).toHaveLength(3);
  });
});

describe("SnapshotStore across a seat change", () => {
  it("takes the new seat's snapshot whatever its version, and ignores the old seat's deltas", () => {
    const store = new SnapshotStore();
    store.applySnapshot(snapshot(9));
    const moved = { ...snapshot(1), audience: "state:KOR" };
    expect(store.applySnapshot(moved)).toBe(true);
    expect(
      store.applyDelta({
        gameId: "g1",
        audience: "state:JPN",
        from: 9,
        to: 10,
        serverTime: 0,
        patch: [],
      }),
    ).toBe("ignored");
    expect(store.snapshot?.audience).toBe("state:KOR");
  });
});

describe("SnapshotStore after a server restart", () => {
  it("takes a full snapshot of the same audience even at a lower version (versions restart)", () => {
    const store = new SnapshotStore();
    store.applySnapshot(snapshot(40));
    expect(store.applySnapshot(snapshot(1))).toBe(true);
    expect(store.snapshot?.version).toBe(1);
  });
});
