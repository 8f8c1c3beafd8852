// Game leases in the server: a process whose lease was taken appends nothing more and lets
// the game go; another process adopts it from the log with the same deadline. In process,
// on one SQLite file (the cluster fault test, tests/load, does it with real processes).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { InstructorCommand } from "@threatscape/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer } from "./helpers.ts";

describe("game ownership (leases with fencing)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "threatscape-lease-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fences off a process that lost its lease; the adopter carries on from the log", async () => {
    const first = await startTestServer({ DATA_DIR: dir });
    const created = await first.registry.create({
      title: "Fenced",
      scenario: { presetId: "europe-1914" },
      seed: 3,
    });
    if (!created.ok) throw new Error(created.message);
    const room = (await first.registry.get(created.gameId))!;
    expect(await room.command(InstructorCommand.parse({ command: "start" }))).toMatchObject({
      ok: true,
    });
    await room.idle();
    const deadline = room.phaseClock.record.deadline;
    expect(deadline).toBeGreaterThan(Date.now());
    const lease = await first.db.leases.current(created.gameId);
    expect(lease).toMatchObject({ owner: first.registry.ownership.owner });
    const epochs = (await first.db.events.list(created.gameId)).map((e) => e.leaseEpoch);
    expect(new Set(epochs)).toEqual(new Set([lease!.epoch]));
    const logged = room.seq;

    // Another process takes the game (as after this one hung past its lease's expiry).
    const taken = await first.db.leases.acquire(created.gameId, "elsewhere", {
      ttlMs: 60_000,
      now: new Date(),
      steal: true,
    });
    expect(taken.ok).toBe(true);
    await expect(
      room.enqueue(() => room.commitAction({ type: "advance-phase", actor: "instructor" }, "x")),
    ).rejects.toThrow(/no longer current/);
    expect(await first.db.events.lastSeq(created.gameId)).toBe(logged);
    expect(room.seq).toBe(logged);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.registry.peek(created.gameId)).toBeUndefined(); // it let the game go

    await first.close();

    // The next process on the database (SQLite: one at a time) adopts it at start: same
    // log, same deadline, a higher epoch.
    const second = await startTestServer({ DATA_DIR: dir });
    const adopted = second.registry.peek(created.gameId)!;
    expect(adopted.seq).toBe(logged);
    expect(adopted.status).toBe("running");
    expect(adopted.phaseClock.record.deadline).toBe(deadline);
    const now = await second.db.leases.current(created.gameId);
    expect(now).toMatchObject({ owner: second.registry.ownership.owner, epoch: 3 });
    await second.close();
  });
});
