import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openDatabase,
  sqliteTargetIn,
  SequenceConflictError,
  type Database,
  type DatabaseTarget,
} from "../src/index.ts";
import { startLocalPostgres, type LocalPostgres } from "../src/testing/local-postgres.ts";

// The same repository contract on both providers (the live hot path writes raw SQL:
// src/raw-writes.ts). PostgreSQL is skipped, with the reason printed, where it cannot run.
describe.each(["sqlite", "postgresql"] as const)("repositories on %s", (provider) => {
  let dir: string;
  let postgres: LocalPostgres | undefined;
  let target: DatabaseTarget | undefined;
  let db: Database;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-repo-"));
    if (provider === "sqlite") target = sqliteTargetIn(dir);
    else {
      const started = await startLocalPostgres();
      if (!started.ok) {
        console.warn(`PostgreSQL repository tests skipped: ${started.reason}`);
        return;
      }
      postgres = started.server;
      target = { provider: "postgresql", url: postgres.url };
    }
    db = await openDatabase(target);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores a game with its seats and finds it by join code", async ({ skip }) => {
    if (!target) return skip();
    await db.games.create({
      id: "g1",
      joinCode: "K7QM2P",
      instructorHash: "hash",
      title: "Section A",
      scenarioId: "east-asia-2017",
      scenario: { id: "east-asia-2017", states: [] },
      seed: 42,
      seats: [
        { id: "s1", stateId: "JPN", botPolicy: null },
        { id: "s2", stateId: "CHN", botPolicy: "walt" },
      ],
    });
    const game = await db.games.findByJoinCode("K7QM2P");
    expect(game).toMatchObject({
      id: "g1",
      seed: 42,
      status: "lobby",
      scenario: { id: "east-asia-2017" },
    });
    expect(game?.seats.map((seat) => seat.stateId)).toEqual(["CHN", "JPN"]);
    expect(await db.games.findByJoinCode("NOPE00")).toBeNull();
  });

  it("appends events in order and refuses a second writer at the same seq", async ({ skip }) => {
    if (!target) return skip();
    await db.events.append({
      gameId: "g1",
      seq: 1,
      type: "game:start",
      actor: "instructor",
      payload: { a: 1 },
    });
    const at = new Date("2026-11-30T09:15:30.125Z");
    await db.events.append({
      gameId: "g1",
      seq: 2,
      type: "action",
      actor: "p1",
      payload: { b: [1, 2] },
      createdAt: at,
    });
    await expect(
      db.events.append({ gameId: "g1", seq: 2, type: "action", actor: "p2", payload: {} }),
    ).rejects.toBeInstanceOf(SequenceConflictError);
    const events = await db.events.list("g1");
    expect(events.map((event) => [event.seq, event.type, event.payload])).toEqual([
      [1, "game:start", { a: 1 }],
      [2, "action", { b: [1, 2] }],
    ]);
    expect((await db.events.list("g1", 1)).map((event) => event.createdAt)).toEqual([at]);
    expect(await db.events.lastSeq("g1")).toBe(2);
  });

  it("keeps the latest snapshot and the timing that survives a restart", async ({ skip }) => {
    if (!target) return skip();
    await db.snapshots.save({ gameId: "g1", seq: 1, state: { round: 1 } });
    await db.snapshots.save({ gameId: "g1", seq: 2, state: { round: 2 } });
    expect(await db.snapshots.latest("g1")).toEqual({ gameId: "g1", seq: 2, state: { round: 2 } });
    const deadline = new Date("2026-11-25T10:00:00.000Z");
    await db.games.updateTiming("g1", { status: "running", phaseDeadline: deadline });
    expect((await db.games.findById("g1"))?.phaseDeadline?.toISOString()).toBe(
      deadline.toISOString(),
    );
    expect((await db.games.listUnfinished()).map((game) => game.id)).toEqual(["g1"]);
  });

  it("stores participants by rejoin-token hash, messages and annotations", async ({ skip }) => {
    if (!target) return skip();
    await db.participants.create({
      id: "p1",
      gameId: "g1",
      displayName: "Ana",
      rejoinHash: "h1",
      seatId: "s1",
    });
    expect((await db.participants.findByRejoinHash("h1"))?.displayName).toBe("Ana");
    await db.messages.create({
      id: "m1",
      gameId: "g1",
      channel: "public",
      fromStateId: "JPN",
      authorId: "p1",
      body: "hello",
      round: 1,
    });
    const [stored] = await db.messages.listForChannels("g1", ["public"]);
    expect(stored).toMatchObject({ body: "hello", fromStateId: "JPN", round: 1 });
    expect(Math.abs(stored!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await db.messages.listForChannels("g1", ["dm:CHN:JPN"])).toEqual([]);
    const note = await db.annotations.create({
      id: "a1",
      gameId: "g1",
      participantId: "p1",
      stateId: "JPN",
      round: 1,
      eventSeq: 2,
      author: "TA",
      criterion: "analysis",
      note: "balanced late",
      grade: 8.5,
    });
    expect((await db.annotations.update(note.id, { grade: 9 })).grade).toBe(9);
  });

  it("a second open of the same database finds the schema migrated and the data kept", async ({
    skip,
  }) => {
    if (!target) return skip();
    await db.close();
    const again = await openDatabase(target);
    expect(again.appliedMigrations).toEqual([]);
    expect(await again.ping()).toBe(true);
    expect((await again.games.findById("g1"))?.title).toBe("Section A");
    db = again;
  });
});
