import { startLocalPostgres, type LocalPostgres } from "@threatscape/db/testing";
import { ClientEvent } from "@threatscape/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

/** The same live session on PostgreSQL (DATABASE_URL=postgresql://...), restart included. */
describe("a live session on PostgreSQL", () => {
  let postgres: LocalPostgres | undefined;
  let skipReason = "";
  beforeAll(async () => {
    const started = await startLocalPostgres();
    if (started.ok) postgres = started.server;
    else {
      skipReason = started.reason;
      console.warn(`SKIPPED PostgreSQL live-session test: ${skipReason}`);
    }
  });
  afterAll(async () => postgres?.stop());

  it("stores the log in PostgreSQL and continues after a restart", async (context) => {
    if (!postgres) return context.skip(`PostgreSQL unavailable: ${skipReason}`);
    const env = { DATABASE_URL: postgres.url };
    const first = await startTestServer(env);
    const created = await first.registry.create({
      title: "PG",
      scenario: { presetId: "europe-1914" },
      seed: 5,
    });
    if (!created.ok) throw new Error(created.message);
    expect(first.db.target.provider).toBe("postgresql");
    const student = new LiveClient(first.url);
    await student.connected();
    const joined = await student.ok(ClientEvent.join, {
      joinCode: created.joinCode,
      displayName: "Otto",
      stateId: "GMY",
    });
    const instructor = new LiveClient(first.url);
    await instructor.connected();
    await instructor.ok(ClientEvent.attachInstructor, {
      gameId: created.gameId,
      instructorSecret: created.instructorSecret,
    });
    await instructor.command({ command: "start" });
    await instructor.timing("advance");
    await instructor.until((s) => s.timing.phase === "orders");
    student.close();
    instructor.close();
    const room = (await first.registry.get(created.gameId))!;
    await first.close(); // waits for queued work (the bots' orders), as a graceful stop does
    const seq = room.seq;
    const state = JSON.stringify(room.state);

    const second = await startTestServer(env);
    try {
      const room = await second.registry.get(created.gameId);
      expect(room!.seq).toBe(seq);
      expect(JSON.stringify(room!.state)).toBe(state);
      const back = new LiveClient(second.url);
      await back.connected();
      expect(await back.ok(ClientEvent.resume, { rejoinToken: joined.rejoinToken })).toMatchObject({
        stateId: "GMY",
      });
      back.close();
    } finally {
      await second.close();
    }
  });
});
