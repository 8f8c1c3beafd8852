import type { Ack, GameDelta, GameSnapshot } from "@threatscape/protocol";
import { describe, expect, it } from "vitest";
import { snapshotOf } from "~/test/live-fixtures";
import { SnapshotFeed, type FeedClock } from "./snapshot-feed";

/** A laptop: a wall clock that can be set, and a monotonic one that cannot. */
function laptop(wall: number) {
  let mono = 0;
  const origin = wall;
  const clock: FeedClock & { advance(ms: number): void; set(ms: number): void } = {
    now: () => wall,
    monotonic: () => mono,
    steady: () => origin + mono,
    advance(ms) {
      wall += ms;
      mono += ms;
    },
    set(ms) {
      wall = ms;
    },
  };
  return clock;
}

const delta = (from: number, round: number, serverTime = 1_000_000): GameDelta => ({
  gameId: "g_1",
  audience: "state:JPN",
  from,
  to: from + 1,
  serverTime,
  patch: [{ op: "replace", path: "/timing/round", value: round }],
});

function setup(wall = 1_000_000) {
  const clock = laptop(wall);
  const seen: { snapshot: GameSnapshot; offset: number }[] = [];
  const server = { snapshot: snapshotOf(1), syncs: 0 };
  let answer: (() => void) | null = null;
  let hold = false;
  const sync = () =>
    new Promise<Ack<GameSnapshot>>((resolve) => {
      server.syncs++;
      const reply = () => resolve({ ok: true, data: { ...server.snapshot } });
      if (hold) answer = reply;
      else reply();
    });
  const feed = new SnapshotFeed(sync, (snapshot, offset) => seen.push({ snapshot, offset }), clock);
  return {
    feed,
    clock,
    seen,
    server,
    holdSyncs: () => (hold = true),
    answerSync: () => answer?.(),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("SnapshotFeed", () => {
  it("applies deltas in order and measures the clock offset on each", () => {
    const { feed, clock, seen } = setup(999_000);
    feed.snapshotReceived(snapshotOf(4));
    expect(seen.at(-1)?.offset).toBe(1_000);
    clock.advance(5_000);
    feed.deltaReceived(delta(4, 2, 1_006_500));
    expect(seen.at(-1)?.snapshot.timing.round).toBe(2);
    expect(seen.at(-1)?.snapshot.version).toBe(5);
    expect(seen.at(-1)?.offset).toBe(2_500);
    // An old delta (a snapshot overtook it) changes nothing.
    feed.deltaReceived(delta(3, 9));
    expect(seen).toHaveLength(2);
  });

  it("asks for a full snapshot on a gap, and again if deltas outran the answer", async () => {
    const { feed, seen, server, holdSyncs, answerSync } = setup();
    feed.snapshotReceived(snapshotOf(1));
    holdSyncs();
    server.snapshot = snapshotOf(3, { timing: { ...snapshotOf(3).timing, round: 3 } });
    feed.deltaReceived(delta(2, 3));
    // More deltas while the sync is under way: no second request in flight.
    feed.deltaReceived(delta(3, 4));
    feed.deltaReceived(delta(4, 5));
    expect(server.syncs).toBe(1);
    // The answer (version 3) is older than the newest delta seen meanwhile: sync again.
    answerSync();
    await flush();
    expect(seen.at(-1)?.snapshot.version).toBe(3);
    expect(server.syncs).toBe(2);
    server.snapshot = snapshotOf(5, { timing: { ...snapshotOf(5).timing, round: 5 } });
    answerSync();
    await flush();
    expect(server.syncs).toBe(2);
    expect(seen.at(-1)?.snapshot.timing.round).toBe(5);
    feed.deltaReceived(delta(5, 6));
    expect(seen.at(-1)?.snapshot.timing.round).toBe(6);
  });

  it("takes every full snapshot, even from a lower version (server restart, room reload)", () => {
    const { feed, seen } = setup();
    feed.snapshotReceived(snapshotOf(40));
    feed.snapshotReceived(snapshotOf(2));
    expect(seen.at(-1)?.snapshot.version).toBe(2);
    feed.reset();
    feed.snapshotReceived(snapshotOf(1));
    expect(seen.at(-1)?.snapshot.version).toBe(1);
    feed.deltaReceived(delta(1, 2));
    expect(seen.at(-1)?.snapshot.version).toBe(2);
  });

  it("re-measures the offset when the laptop's clock is set during a quiet phase", async () => {
    // The server's clock reads 1,000,000 when the laptop's reads 1,000,000.
    const { feed, clock, seen, server } = setup(1_000_000);
    feed.snapshotReceived(snapshotOf(1));
    const remaining = () => {
      const { snapshot, offset } = seen.at(-1)!;
      return snapshot.timing.deadline! - (clock.steady() + offset);
    };
    feed.tick();
    clock.advance(10_000);
    feed.tick();
    expect(remaining()).toBe(50_000);
    expect(server.syncs).toBe(0);
    // The laptop's clock is corrected by four minutes; no delta comes (nothing changes).
    clock.set(clock.now() - 240_000);
    // The countdown reads the steady clock: right at once, before any server message.
    expect(remaining()).toBe(50_000);
    clock.advance(1_000);
    server.snapshot = { ...snapshotOf(1), serverTime: 1_011_000 };
    feed.tick();
    await flush();
    expect(server.syncs).toBe(1);
    expect(Math.abs(remaining() - 49_000)).toBeLessThan(1_000);
  });
});
