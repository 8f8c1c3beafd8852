// Game leases and fenced appends (scale-out), on SQLite and on a real PostgreSQL when one
// can be started (skipped with the reason printed otherwise).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  databaseTarget,
  LeaseLostError,
  openDatabase,
  SequenceConflictError,
  sqliteTargetIn,
  type Database,
} from "../src/index.ts";
import { startLocalPostgres, type LocalPostgres } from "../src/testing/local-postgres.ts";

const TTL = 5_000;
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const event = (gameId: string, seq: number) => ({
  gameId,
  seq,
  type: "test",
  actor: "system",
  payload: { seq },
});

async function seedGame(db: Database, id: string) {
  await db.games.create({
    id,
    joinCode: id.toUpperCase().padEnd(6, "X").slice(0, 6),
    instructorHash: "hash",
    title: id,
    scenarioId: "s",
    scenario: {},
    seed: 1,
    seats: [],
  });
}

/** `open` returns a reason string when this database cannot run here (tests skip with it). */
function leaseSuite(open: () => Promise<Database | string>) {
  let db: Database;
  let skipReason = "";
  beforeAll(async () => {
    const opened = await open();
    if (typeof opened === "string") skipReason = opened;
    else db = opened;
  });
  afterAll(() => db?.close());
  const it = (name: string, body: () => Promise<void>) =>
    test(name, (context) => (skipReason ? context.skip(skipReason) : body()));

  it("one holder at a time; an expired lease is taken over with a higher epoch", async () => {
    await seedGame(db, "ga");
    const a = await db.leases.acquire("ga", "A", { ttlMs: TTL, now: at(0) });
    expect(a).toMatchObject({ ok: true, lease: { owner: "A", epoch: 1 } });
    const early = await db.leases.acquire("ga", "B", { ttlMs: TTL, now: at(1_000) });
    expect(early).toMatchObject({ ok: false, owner: "A" });
    expect(await db.leases.expired(at(4_000))).not.toContain("ga");
    expect(await db.leases.expired(at(6_000))).toContain("ga");
    const late = await db.leases.acquire("ga", "B", { ttlMs: TTL, now: at(6_000) });
    expect(late).toMatchObject({ ok: true, lease: { owner: "B", epoch: 2 } });
    // A's renewal fails: it must stop.
    if (!a.ok) throw new Error("unreachable");
    expect(await db.leases.renew(a.lease, TTL, at(6_500))).toBe(false);
  });

  it("a fenced append succeeds under the current lease and writes nothing under a lost one", async () => {
    await seedGame(db, "gb");
    const a = await db.leases.acquire("gb", "A", { ttlMs: TTL, now: at(0) });
    if (!a.ok) throw new Error("A should hold gb");
    await db.events.append(event("gb", 1), a.lease);
    const b = await db.leases.acquire("gb", "B", { ttlMs: TTL, now: at(0), steal: true });
    if (!b.ok) throw new Error("B should hold gb");
    await expect(db.events.append(event("gb", 2), a.lease)).rejects.toBeInstanceOf(LeaseLostError);
    expect((await db.events.list("gb")).map((e) => e.seq)).toEqual([1]);
    await db.events.append(event("gb", 2), b.lease);
    // The log's unique (game, seq) stays the last line, fenced or not.
    await expect(db.events.append(event("gb", 2), b.lease)).rejects.toBeInstanceOf(
      SequenceConflictError,
    );
    expect(await db.leases.current("gb")).toMatchObject({ owner: "B", epoch: 2 });
    expect((await db.events.list("gb")).map((e) => e.leaseEpoch)).toEqual([1, 2]);
  });

  it("a fenced chat message is stored under the current lease and not under a lost one", async () => {
    await seedGame(db, "gm");
    const a = await db.leases.acquire("gm", "A", { ttlMs: TTL, now: at(0) });
    if (!a.ok) throw new Error("A should hold gm");
    const message = (id: string) => ({
      id,
      gameId: "gm",
      channel: "public",
      fromStateId: "JPN",
      authorId: "p1",
      body: id,
      round: 1,
    });
    await db.messages.create(message("m1"), a.lease);
    const b = await db.leases.acquire("gm", "B", { ttlMs: TTL, now: at(0), steal: true });
    if (!b.ok) throw new Error("B should hold gm");
    await expect(db.messages.create(message("m2"), a.lease)).rejects.toBeInstanceOf(LeaseLostError);
    await db.messages.create(message("m3"), b.lease);
    expect((await db.messages.listForGame("gm")).map((m) => m.id)).toEqual(["m1", "m3"]);
  });

  it("a released lease is free to the next process and no longer counts as expired", async () => {
    await seedGame(db, "gc");
    const a = await db.leases.acquire("gc", "A", { ttlMs: TTL, now: at(0) });
    if (!a.ok) throw new Error("A should hold gc");
    expect(await db.leases.release(a.lease)).toBe(true);
    expect(await db.leases.expired(at(60_000))).not.toContain("gc");
    const b = await db.leases.acquire("gc", "B", { ttlMs: TTL, now: at(1) });
    expect(b).toMatchObject({ ok: true, lease: { owner: "B", epoch: 2 } });
    expect(await db.leases.release(a.lease)).toBe(false);
  });

  it("two processes racing for a free lease: exactly one wins", async () => {
    await seedGame(db, "gd");
    const results = await Promise.all(
      ["A", "B", "C", "D"].map((owner) =>
        db.leases.acquire("gd", owner, { ttlMs: TTL, now: at(0) }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
}

describe("leases on SQLite", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-lease-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  leaseSuite(() => openDatabase(sqliteTargetIn(dir)));
});

describe("leases on PostgreSQL", () => {
  let server: LocalPostgres | undefined;
  let skipReason = "";
  beforeAll(async () => {
    const started = await startLocalPostgres();
    if (started.ok) server = started.server;
    else {
      skipReason = started.reason;
      console.warn(`SKIPPED PostgreSQL lease test: ${skipReason}`);
    }
  }, 120_000);
  afterAll(() => server?.stop());
  leaseSuite(async () => {
    if (!server) return `PostgreSQL unavailable: ${skipReason}`;
    return openDatabase(databaseTarget(server.createDatabase("leases"), process.cwd()));
  });
});
