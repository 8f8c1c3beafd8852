// Connection-state recovery after a short drop (a phone locking, a Wi-Fi blip): missed chat is
// replayed, while views and dashboards, which the next one supersedes, are not kept for
// replay (recovery-adapter.ts) and come back whole: current, never stale, never a gap.
import { ClientEvent, ServerEvent, directChannel } from "@threatscape/protocol";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "./helpers.ts";
import type { LiveClient } from "./live-client.ts";
import {
  closeClients,
  connect,
  connectInstructor,
  createSession,
  type TestServer,
} from "./session-fixtures.ts";

afterEach(closeClients);

/** Drops the transport as a network failure would (not a client disconnect): recoverable. */
async function dropAndRecover(client: LiveClient, whileAway: () => Promise<void>) {
  const back = new Promise<void>((resolve) => client.socket.once("connect", () => resolve()));
  const gone = new Promise<void>((resolve) => client.socket.once("disconnect", () => resolve()));
  client.socket.io.engine.close();
  await gone;
  await whileAway();
  await back;
}

describe("a connection recovered after a short drop", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gets missed chat replayed and its current view whole, not the missed deltas", async () => {
    const session = await createSession(server);
    const instructor = await connectInstructor(server, session);
    const japan = await connect(server, { reconnection: true });
    await japan.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    const korea = await connect(server);
    await korea.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Min",
      stateId: "KOR",
    });
    await instructor.command({ command: "start" });
    await japan.until((s) => s.timing.status === "running", "running");
    const deltasBefore = japan.deltas.length;
    const versionBefore = japan.snapshot!.version;
    const snapshots: number[] = [];
    japan.socket.on(ServerEvent.snapshot, (s) => snapshots.push(s.version));

    await dropAndRecover(japan, async () => {
      // A pause changes every view, Japan's included, while it is away.
      await instructor.timing("pause");
      await korea.ok(ClientEvent.sendMessage, {
        channel: directChannel("JPN", "KOR"),
        body: "while you were away",
      });
    });

    expect(japan.socket.recovered).toBe(true);
    await japan.untilMessage((m) => m.body === "while you were away");
    const view = await japan.until(
      (s) => s.timing.status === "paused",
      "the pause in Japan's view",
    );
    expect(snapshots.length).toBeGreaterThan(0);
    expect(view.you).toMatchObject({ role: "student", stateId: "JPN" });
    // What changed while away reached Japan as a snapshot: no delta from the version it held
    // was replayed (a delta since is a change after the reconnection), none was missing.
    const since = japan.deltas.slice(deltasBefore);
    expect(since.filter((delta) => delta.from <= versionBefore)).toEqual([]);
    expect(snapshots.at(-1)).toBeGreaterThan(versionBefore);
    expect(japan.gaps).toBe(0);
    // The seat is still Japan's and acts as before.
    await instructor.timing("resume");
    expect((await japan.act({ type: "set-burden", burden: 3 })).ok).toBe(true);
  });

  it("an instructor's recovered connection gets the current dashboard", async () => {
    const session = await createSession(server);
    const instructor = await connect(server, { reconnection: true });
    await instructor.ok(ClientEvent.attachInstructor, {
      gameId: session.gameId,
      instructorSecret: session.instructorSecret,
    });
    const japan = await connect(server);
    await japan.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    await instructor.command({ command: "start" });
    await instructor.timing("advance");
    await japan.until((s) => s.timing.phase === "orders", "the orders phase");
    await instructor.untilDashboard((d) => d.submitted.JPN === false);
    await dropAndRecover(instructor, async () => {
      // Japan submits its orders while the instructor is away: the dashboard changes.
      expect((await japan.act({ type: "submit-orders" })).ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 700)); // past the dashboard throttle (500 ms)
    });
    expect(instructor.socket.recovered).toBe(true);
    await instructor.untilDashboard((d) => d.submitted.JPN === true);
  });
});
