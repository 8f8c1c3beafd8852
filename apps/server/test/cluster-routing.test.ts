// Which request may move a game between server processes (scale-out). Two registries on one
// database stand for two processes (the hand-off, over Redis in production, is a direct call
// here; the cluster fault test in tests/load runs real processes behind HAProxy). A request
// that does not carry the game in its route (`?game=`, what the proxy hashes) must never pull
// a game away from the process its class is connected to: each move closes every student's
// connection, so a client that could trigger moves at will could disrupt a class.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, sqliteTargetIn, type Database } from "@threatscape/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownershipRefusal } from "../src/live/acks.ts";
import { GameRegistry } from "../src/live/game-registry.ts";
import { Ownership, WrongRouteError } from "../src/live/ownership.ts";
import { systemClock } from "../src/live/clock.ts";
import { createLogger } from "../src/logger.ts";
import { RecordingBroadcaster } from "./room-harness.ts";

describe("in a cluster, only a routed request moves a game", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-route-"));
  let db: Database;
  const registries = new Map<string, GameRegistry>();
  const processNamed = (owner: string) => {
    const logger = createLogger("silent");
    const ownership = new Ownership({
      db,
      logger,
      clock: systemClock,
      ttlMs: 60_000,
      clustered: true,
      owner,
      // The other process lets go when asked (production: serverSideEmitWithAck over Redis).
      handoff: {
        request: async (gameId) => {
          for (const [name, registry] of registries)
            if (name !== owner && registry.ownership.holds(gameId)) await registry.letGo(gameId);
        },
      },
    });
    const registry = new GameRegistry({
      db,
      broadcaster: new RecordingBroadcaster(),
      logger,
      ownership,
    });
    registries.set(owner, registry);
    return registry;
  };
  let a: GameRegistry;
  let b: GameRegistry;
  let game: { gameId: string; joinCode: string };

  beforeAll(async () => {
    db = await openDatabase(sqliteTargetIn(dir));
    a = processNamed("process-a");
    b = processNamed("process-b");
    const created = await a.create({ title: "Routing", scenario: { presetId: "europe-1914" } });
    if (!created.ok) throw new Error(created.message);
    game = created;
    // The class's connections arrive at A with the join code in their route.
    expect(await a.get(game.gameId, game.joinCode)).not.toBeNull();
  });
  afterAll(async () => {
    for (const registry of registries.values()) await registry.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ownerNow = async () => (await db.leases.current(game.gameId))?.owner;

  it("refuses requests without the game in their route, and the game stays where it is", async () => {
    const epoch = (await db.leases.current(game.gameId))!.epoch;
    const otherCode = game.joinCode === "AAAAAA" ? "BBBBBB" : "AAAAAA";
    const lower = game.joinCode.toLowerCase();
    for (const attempt of [
      () => b.get(game.gameId),
      () => b.get(game.gameId, otherCode),
      () => b.byJoinCode(game.joinCode, "own"),
      () => b.byJoinCode(game.joinCode, "own", otherCode),
      // Variants of the code: the proxy hashes the raw string, so each may reach another
      // process (found by a fresh operator: case variants moved a game 25 times in 20 s).
      () => b.byJoinCode(game.joinCode, "own", lower),
      () =>
        b.byJoinCode(
          game.joinCode,
          "own",
          `${game.joinCode.slice(0, 3)}-${game.joinCode.slice(3)}`,
        ),
      // The game's id, which every student learns (Joined.gameId), routes only an instructor.
      () => b.byJoinCode(game.joinCode, "own", game.gameId),
      () => b.get(game.gameId, game.gameId),
    ])
      await expect(attempt()).rejects.toBeInstanceOf(WrongRouteError);
    expect(await ownerNow()).toBe("process-a");
    expect((await db.leases.current(game.gameId))!.epoch).toBe(epoch);
    expect(a.peek(game.gameId)).toBeDefined();
    expect(b.peek(game.gameId)).toBeUndefined();
    // What the client is told: UNAVAILABLE, with what to do about it.
    expect(ownershipRefusal(new WrongRouteError(game.gameId))).toMatchObject({
      ok: false,
      error: { code: "UNAVAILABLE", message: expect.stringContaining("?game=") },
    });
  });

  it("serves reads elsewhere from a copy, without moving the game", async () => {
    const copy = await b.byJoinCode(game.joinCode, "view");
    expect(copy?.id).toBe(game.gameId);
    expect(await ownerNow()).toBe("process-a");
    expect(b.peek(game.gameId)).toBeUndefined();
  });

  it("moves the game for a request routed by its join code, or an instructor's by its id", async () => {
    const room = await b.get(game.gameId, game.joinCode);
    expect(room?.id).toBe(game.gameId);
    expect(await ownerNow()).toBe("process-b");
    expect(a.peek(game.gameId)).toBeUndefined();
    // And A, now without the game, cannot take it back unrouted.
    await expect(a.get(game.gameId)).rejects.toBeInstanceOf(WrongRouteError);
    // An instructor (secret checked by the caller: sessions/access.ts) may route by the id.
    expect((await a.get(game.gameId, game.gameId, true))?.id).toBe(game.gameId);
    expect(await ownerNow()).toBe("process-a");
    expect(b.peek(game.gameId)).toBeUndefined();
    expect((await b.get(game.gameId, game.joinCode))?.id).toBe(game.gameId);
  });

  it("takes a game no live process holds for any request (nothing to pull it from)", async () => {
    await b.letGo(game.gameId);
    const room = await a.get(game.gameId);
    expect(room?.id).toBe(game.gameId);
    expect(await ownerNow()).toBe("process-a");
  });
});
