// Over 300 lines: one end-to-end classroom over real sockets per test, each needing its
// setup inline to read as a scenario.
import { ClientEvent, directChannel } from "@threatscape/protocol";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "./helpers.ts";
import type { LiveClient } from "./live-client.ts";
import {
  closeClients,
  connect,
  connectInstructor,
  createSession,
  trpcFor,
  type TestServer,
} from "./session-fixtures.ts";

afterEach(closeClients);

describe("a live classroom session", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("one instructor, five students and bots play three rounds with a treaty ratified and a sanction applied", async () => {
    const session = await createSession(server);
    const instructor = await connectInstructor(server, session);

    const seats = ["USA", "JPN", "KOR", "CHN", "IND"] as const;
    const students: Record<string, LiveClient> = {};
    for (const [index, stateId] of seats.entries()) {
      const client = await connect(server);
      const joined = await client.ok(ClientEvent.join, {
        joinCode: session.joinCode.toLowerCase(), // codes are case-insensitive
        displayName: `Student ${index + 1}`,
        stateId,
      });
      expect(joined.stateId).toBe(stateId);
      students[stateId] = client;
    }
    await instructor.until(
      (s) => s.lobby.filter((seat) => seat.participants.length > 0).length === 5,
      "five seated",
    );

    await instructor.command({ command: "start" });
    const running = await instructor.until((s) => s.timing.status === "running", "running");
    // Empty playable seats were filled by bots at the start.
    const botSeats = running.lobby
      .filter((seat) => seat.playable && seat.bot)
      .map((seat) => seat.stateId);
    expect(botSeats.sort()).toEqual(["PRK", "RUS", "TWN", "VNM"]);
    expect(running.timing.phase).toBe("negotiation");
    expect(running.timing.deadline).toBeGreaterThan(Date.now() + 500_000);

    // Round 1: Japan and South Korea negotiate in private, then sign a defence pact against North Korea.
    const japan = students.JPN!;
    const korea = students.KOR!;
    await japan.ok(ClientEvent.sendMessage, {
      channel: directChannel("JPN", "KOR"),
      body: "Pact against Pyongyang?",
    });
    await korea.untilMessage((m) => m.body === "Pact against Pyongyang?");
    expect(students.CHN!.messages.some((m) => m.body === "Pact against Pyongyang?")).toBe(false);

    const proposed = await japan.act({
      type: "propose-treaty",
      terms: {
        kind: "defence",
        name: "Japan-Korea security pact",
        members: ["JPN", "KOR"],
        directedAgainst: ["PRK"],
      },
    });
    expect(proposed.ok).toBe(true);
    const withProposal = await korea.until(
      (s) => Object.keys((s.view.proposals as object) ?? {}).length > 0,
      "proposal",
    );
    // China is not a party and must not see the proposal.
    await students.CHN!.sync();
    const chinaProposals = Object.values(
      (students.CHN!.snapshot!.view.proposals as Record<
        string,
        { terms: { members: string[] } }
      >) ?? {},
    );
    expect(chinaProposals.every((p) => p.terms.members.includes("CHN"))).toBe(true);

    const proposalId = Object.entries(
      withProposal.view.proposals as Record<string, { terms: { name: string } }>,
    ).find(([, p]) => p.terms.name === "Japan-Korea security pact")![0];
    // The proposer's signature counts as its ratification; a second one is refused.
    expect(await japan.act({ type: "accept-treaty", proposalId })).toMatchObject({
      ok: false,
      error: { code: "RULE_VIOLATION" },
    });
    expect((await korea.act({ type: "accept-treaty", proposalId })).ok).toBe(true);
    const ratified = await japan.until(
      (s) =>
        Object.values(s.view.treaties as Record<string, { name: string }>).some(
          (t) => t.name === "Japan-Korea security pact",
        ),
      "treaty in force",
    );
    expect(ratified.version).toBeGreaterThan(withProposal.version);
    await instructor.sync();
    await instructor.untilDashboard((d) =>
      d.blocs.some((bloc) => bloc.members.includes("JPN") && bloc.members.includes("KOR")),
    );

    // Orders phase: the United States sanctions China; missing orders count as no change.
    await instructor.timing("advance");
    await students.USA!.until((s) => s.timing.phase === "orders", "orders phase");
    const sanction = await students.USA!.act({
      type: "submit-orders",
      orders: [{ type: "sanction", target: "CHN" }],
    });
    if (!sanction.ok) throw new Error(JSON.stringify(sanction.error));
    await instructor.untilDashboard((d) => d.submitted.USA === true);
    expect(instructor.dashboard!.submitted.IND).toBe(false);
    await instructor.timing("advance");
    const news = await instructor.until((s) => s.timing.round === 2, "round 2");
    const sanctions = news.view.sanctions as Record<string, Record<string, number>>;
    expect(sanctions.USA?.CHN).toBeGreaterThan(0);

    // Rounds 2 and 3 by the timer's rules (the instructor advances instead of waiting).
    for (let round = 2; round <= 3; round++) {
      await instructor.timing("advance"); // news -> negotiation
      await instructor.timing("advance"); // negotiation -> orders
      await instructor.timing("advance"); // orders -> resolved, next round's news
      await instructor.until((s) => s.timing.round === round + 1, `round ${round + 1}`);
    }
    const final = instructor.snapshot!;
    const rounds = final.view.rounds as {
      round: number;
      actual?: Record<string, { category: string }>;
    }[];
    expect(rounds.filter((r) => r.actual).map((r) => r.round)).toEqual([1, 2, 3]);
    expect(rounds[0]!.actual!.JPN!.category).toBe("HARD_BALANCE");

    // Each student sees only its own perceived threats; everything acknowledged is in the log.
    const japanRounds = japan.snapshot!.view.rounds as { threat: Record<string, unknown> }[];
    expect(Object.keys(japanRounds[0]!.threat)).toEqual(["JPN"]);
    const history = await trpcFor(server.url).sessions.history.query({
      gameId: session.gameId,
      secret: session.staffSecret,
    });
    expect(history.events.map((e) => e.seq)).toEqual(history.events.map((_, i) => i + 1));
    expect(
      history.events.some((e) => e.type === "engine:action" && e.actor.startsWith("bot:")),
    ).toBe(true);
    expect(history.messages.map((m) => m.body)).toContain("Pact against Pyongyang?");
  });

  it("a student who drops out gets the same seat and the messages sent meanwhile back", async () => {
    const session = await createSession(server);
    const instructor = await connectInstructor(server, session);
    const india = await connect(server);
    const joined = await india.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Priya",
      stateId: "IND",
    });
    const china = await connect(server);
    await china.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Wei",
      stateId: "CHN",
    });
    await instructor.command({ command: "start" });

    india.close();
    await china.ok(ClientEvent.sendMessage, {
      channel: directChannel("CHN", "IND"),
      body: "Border talks at noon?",
    });
    await china.ok(ClientEvent.sendMessage, {
      channel: "public",
      body: "China proposes a trade summit.",
    });

    const back = await connect(server);
    const resumed = await back.ok(ClientEvent.resume, { rejoinToken: joined.rejoinToken });
    expect(resumed).toMatchObject({
      participantId: joined.participantId,
      stateId: "IND",
      displayName: "Priya",
    });
    await back.until((s) => s.timing.status === "running", "snapshot");
    expect(back.history!.messages.map((m) => m.body)).toEqual([
      "Border talks at noon?",
      "China proposes a trade summit.",
    ]);
    expect((back.snapshot!.view.states as Record<string, object>).IND).toHaveProperty("gdp0");

    const forged = await connect(server);
    const refused = await forged.request(ClientEvent.resume, { rejoinToken: "x".repeat(43) });
    expect(refused).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses malformed and unauthorised requests with a code and message, and changes nothing", async () => {
    const session = await createSession(server);
    const instructor = await connectInstructor(server, session);
    const japan = await connect(server);
    await japan.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    await instructor.command({ command: "start" });
    await instructor.until((s) => s.timing.status === "running");
    const before = (await server.registry.get(session.gameId))!.seq;

    const outsider = await connect(server);
    const cases: [LiveClient, string, unknown, string][] = [
      [
        japan,
        ClientEvent.command,
        { command: "advance", against: { round: 1, phase: "negotiation" } },
        "UNAUTHORISED",
      ],
      [instructor, ClientEvent.command, { command: "advance" }, "BAD_REQUEST"],
      [
        instructor,
        ClientEvent.command,
        { command: "advance", against: { round: 1, phase: "orders" } },
        "STALE",
      ],
      [japan, ClientEvent.sync, { extra: 1 }, "BAD_REQUEST"],
      [outsider, ClientEvent.sync, {}, "UNAUTHORISED"],
      [outsider, ClientEvent.join, { joinCode: "12", displayName: "x" }, "BAD_REQUEST"],
      [outsider, ClientEvent.join, { joinCode: "ZZZZZZ", displayName: "x" }, "NOT_FOUND"],
      [outsider, ClientEvent.join, "not an object", "BAD_REQUEST"],
      [outsider, ClientEvent.act, { action: { type: "no-change" } }, "UNAUTHORISED"],
      [
        outsider,
        ClientEvent.attachInstructor,
        { gameId: session.gameId, instructorSecret: "wrong-secret-wrong-secret" },
        "UNAUTHORISED",
      ],
      [
        japan,
        ClientEvent.act,
        { action: { type: "propose-treaty", actor: "CHN", terms: {} } },
        "BAD_REQUEST",
      ],
      [japan, ClientEvent.act, { action: { type: "advance-phase" } }, "UNAUTHORISED"],
      [
        japan,
        ClientEvent.act,
        { action: { type: "accept-treaty", proposalId: "nope" } },
        "RULE_VIOLATION",
      ],
      // Malformed actions are BAD_REQUEST naming the field, not a rule of the game.
      [japan, ClientEvent.act, { action: { type: "warp-drive" } }, "BAD_REQUEST"],
      [japan, ClientEvent.act, { action: { type: "set-posture", posture: "high" } }, "BAD_REQUEST"],
      // Unknown fields are refused, not silently dropped.
      [
        outsider,
        ClientEvent.join,
        { joinCode: "ZZZZZZ", displayName: "x", seat: "JPN" },
        "BAD_REQUEST",
      ],
      [
        japan,
        ClientEvent.sendMessage,
        { channel: "public", body: "hi", urgent: true },
        "BAD_REQUEST",
      ],
      // A direct channel has one name: the two states sorted (fresh-user finding).
      [japan, ClientEvent.sendMessage, { channel: "dm:KOR:JPN", body: "unsorted" }, "BAD_REQUEST"],
      [japan, ClientEvent.sendMessage, { channel: "dm:JPN:JPN", body: "myself" }, "BAD_REQUEST"],
      [
        japan,
        ClientEvent.sendMessage,
        { channel: directChannel("CHN", "KOR"), body: "eavesdrop" },
        "UNAUTHORISED",
      ],
      [japan, ClientEvent.sendMessage, { channel: "public", body: "" }, "BAD_REQUEST"],
      [japan, ClientEvent.sendMessage, { channel: "group:none", body: "hi" }, "NOT_FOUND"],
      [instructor, ClientEvent.command, { command: "extend", seconds: -5 }, "BAD_REQUEST"],
      [instructor, ClientEvent.command, { command: "start" }, "CONFLICT"],
    ];
    for (const [client, event, payload, code] of cases) {
      const ack = await client.raw(event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code },
      });
      if (!ack.ok) expect(ack.error.message.length).toBeGreaterThan(3);
      // A malformed request names what is wrong with it.
      if (!ack.ok && code === "BAD_REQUEST" && typeof payload === "object")
        expect(ack.error.issues?.length, `${event} ${JSON.stringify(payload)}`).toBeGreaterThan(0);
    }
    // A payload with no acknowledgement callback must not crash the server either.
    (japan.socket as unknown as { emit(event: string, payload: unknown): void }).emit(
      ClientEvent.act,
      { action: null },
    );
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { status: string };
    expect(health.status).toBe("ok");
    const history = await trpcFor(server.url).sessions.history.query({
      gameId: session.gameId,
      secret: session.instructorSecret,
    });
    expect(history.events.at(-1)!.seq).toBe(before);
    await expect(
      trpcFor(server.url).sessions.history.query({
        gameId: session.gameId,
        secret: "not-the-secret-at-all",
      }),
    ).rejects.toThrow(/wrong session or secret/);
  });

  it("a projector screen sees public treaties and news, never private proposals or messages", async () => {
    const session = await createSession(server);
    const instructor = await connectInstructor(server, session);
    const japan = await connect(server);
    await japan.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    const screen = await connect(server);
    await screen.ok(ClientEvent.watch, { joinCode: session.joinCode });
    await instructor.command({ command: "start" });
    await japan.act({
      type: "propose-treaty",
      terms: {
        kind: "defence",
        name: "Secret plan",
        members: ["JPN", "KOR"],
        directedAgainst: ["CHN"],
      },
    });
    await japan.ok(ClientEvent.sendMessage, { channel: "public", body: "Hello world" });
    await japan.ok(ClientEvent.sendMessage, { channel: directChannel("JPN", "KOR"), body: "psst" });
    const seen = await screen.until((s) => s.timing.status === "running", "screen running");
    await screen.sync();
    const view = screen.snapshot!.view;
    expect(seen.you.role).toBe("screen");
    expect(Object.keys(view.treaties).length).toBeGreaterThan(0); // the preset's public pacts
    expect(view.proposals).toEqual({});
    expect(view.orders).toEqual({});
    expect(view.rounds.every((r) => Object.keys(r.threat).length === 0)).toBe(true);
    expect(JSON.stringify(screen.snapshot)).not.toContain("Secret plan");
    expect(screen.messages).toEqual([]);
    expect(
      await screen.request(ClientEvent.sendMessage, { channel: "public", body: "hi" }),
    ).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORISED" },
    });
  });

  it("a student who sits down later gets that state's view, scenario and channels", async () => {
    const session = await createSession(server);
    const student = await connect(server);
    await student.ok(ClientEvent.join, { joinCode: session.joinCode, displayName: "Late" });
    await student.until((s) => s.you.stateId === null, "unseated snapshot");
    expect(student.history!.channels.map((c) => c.kind)).toEqual(["public"]);
    student.scenario = undefined;
    await student.ok(ClientEvent.pickState, { stateId: "VNM" });
    await student.until((s) => s.you.stateId === "VNM", "seated snapshot");
    const started = Date.now();
    while (!student.scenario && Date.now() - started < 5_000)
      await new Promise((r) => setTimeout(r, 20));
    expect((student.scenario as { id: string } | undefined)?.id).toBe("east-asia-2017");
    await new Promise((r) => setTimeout(r, 100));
    expect(student.history!.channels.some((c) => c.id === directChannel("CHN", "VNM"))).toBe(true);
  });

  it("rejects a bad uploaded scenario with the path of every bad field", async () => {
    const trpc = trpcFor(server.url);
    const result = await trpc.sessions.create.mutate({
      title: "Custom",
      scenario: { formatVersion: 1, id: "Bad Id", states: [{ id: "X" }] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.issues.map((issue) => issue.path);
      expect(paths).toContain("id");
      expect(paths.some((path) => path.startsWith("states[0]."))).toBe(true);
    }
  });
});

describe("a server restart mid-round", () => {
  it("continues from the log with the same state and the remaining time", async () => {
    const first = await startTestServer();
    const dataDir = first.dataDir;
    const session = await createSession(first);
    const instructor = await connectInstructor(first, session);
    const japan = await connect(first);
    const joined = await japan.ok(ClientEvent.join, {
      joinCode: session.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    await instructor.command({ command: "start" });
    await japan.act({
      type: "propose-treaty",
      terms: {
        kind: "consultation",
        name: "Quad talks",
        members: ["JPN", "IND"],
        directedAgainst: ["CHN"],
      },
    });
    const before = await instructor.until(
      (s) => Object.keys(s.view.proposals as object).length > 0,
      "proposal",
    );
    const room = await first.registry.get(session.gameId);
    const deadlineBefore = before.timing.deadline;
    // Stop without deleting the data directory, as a crash or deploy would.
    await first.registry.close();
    const stateBefore = JSON.stringify(room!.state);
    const seqBefore = room!.seq;
    await first.io.close();
    await first.db.close();
    instructor.close();
    japan.close();

    const second = await startTestServer({ DATA_DIR: dataDir });
    try {
      const resumedRoom = await second.registry.get(session.gameId);
      expect(JSON.stringify(resumedRoom!.state)).toBe(stateBefore);
      const back = await connect(second);
      const resumed = await back.ok(ClientEvent.resume, {
        rejoinToken: joined.rejoinToken,
      });
      expect(resumed.stateId).toBe("JPN");
      const snapshot = await back.until(
        (s) => s.timing.status === "running",
        "running after restart",
      );
      expect(resumedRoom!.seq).toBe(seqBefore);
      expect(snapshot.timing.deadline).toBe(deadlineBefore);
      expect(snapshot.timing.deadline! - Date.now()).toBeGreaterThan(500_000);
      expect(
        Object.values(snapshot.view.proposals as Record<string, { terms: { name: string } }>)[0]!
          .terms.name,
      ).toBe("Quad talks");
    } finally {
      await second.close();
    }
  });
});
