import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ClientEvent, directChannel, type Joined } from "@threatscape/protocol";
import Papa from "papaparse";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { bearer, startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

/** One short game, played once: Japan and Korea are students, bots play the rest. */
describe("debrief, replay, grading and exports", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let trpc: ReturnType<typeof createTRPCClient<AppRouter>>;
  let gameId: string;
  let staff: { gameId: string; secret: string };
  let japanSeat: Joined;
  let proposalSeq: number;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    trpc = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });
    const created = await trpc.sessions.create.mutate({
      title: "Review",
      presetId: "east-asia-2017",
      seed: 11,
    });
    if (!created.ok) throw new Error(created.message);
    gameId = created.gameId;
    staff = { gameId, secret: created.staffSecret };
    const connect = async () => {
      const client = new LiveClient(server.url);
      clients.push(client);
      await client.connected();
      return client;
    };
    const instructor = await connect();
    await instructor.ok(ClientEvent.attachInstructor, {
      gameId,
      instructorSecret: created.instructorSecret,
    });
    const japan = await connect();
    japanSeat = await japan.ok(ClientEvent.join, {
      joinCode: created.joinCode,
      displayName: "Aiko",
      stateId: "JPN",
    });
    const korea = await connect();
    await korea.ok(ClientEvent.join, {
      joinCode: created.joinCode,
      displayName: "Min",
      stateId: "KOR",
    });
    await instructor.command({ command: "start" });
    await japan.ok(ClientEvent.sendMessage, {
      channel: directChannel("JPN", "KOR"),
      body: "Shall we?",
    });
    const proposed = await japan.act({
      type: "propose-treaty",
      terms: {
        kind: "defence",
        name: "Tokyo-Seoul pact",
        members: ["JPN", "KOR"],
        directedAgainst: ["PRK"],
      },
    });
    if (!proposed.ok) throw new Error(proposed.error.message);
    proposalSeq = (await server.registry.get(japanSeat.gameId))!.seq;
    const proposalId = await korea
      .until((s) => Object.keys(s.view.proposals as object).length > 0)
      .then((s) => Object.keys(s.view.proposals as object)[0]!);
    await korea.act({ type: "accept-treaty", proposalId });
    for (let step = 0; step < 8; step++) await instructor.timing("advance");
    await instructor.until((s) => s.timing.round === 4, "round 4");
    await instructor.timing("end");
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it("debriefs the game: accuracy against the baseline, divergences explained from the log", async () => {
    const debrief = await trpc.review.debrief.query(staff);
    expect(debrief.status).toBe("finished");
    expect(debrief.report.rounds.map((r) => r.round)).toEqual([1, 2, 3]);
    const { accuracy } = debrief.report.debrief;
    for (const value of [accuracy.balanceOfThreat, accuracy.balanceOfPower, accuracy.baseline]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(debrief.humanStates.sort()).toEqual(["JPN", "KOR"]);
    expect(debrief.botsByRound[1]).toMatchObject({ CHN: "walt", USA: "walt" });
    expect(debrief.botsByRound[1]).not.toHaveProperty("JPN");
    for (const divergence of debrief.divergences) {
      expect(divergence.explanation).toMatch(/did not .* in round \d/);
      for (const item of divergence.evidence) expect(item.seq).toBeGreaterThan(0);
    }
    expect(debrief.report.finalTreaties.some((t) => t.name === "Tokyo-Seoul pact")).toBe(true);
  });

  it("replays exactly what one state's student could see at a moment", async () => {
    const korea = await trpc.review.replay.query({
      ...staff,
      viewer: { kind: "state", stateId: "KOR" },
      seq: proposalSeq,
    });
    expect(korea.seq).toBe(proposalSeq);
    expect(Object.values(korea.view.proposals).map((p) => p.terms.name)).toContain(
      "Tokyo-Seoul pact",
    );
    expect(korea.messages.map((m) => m.body)).toContain("Shall we?");

    const china = await trpc.review.replay.query({
      ...staff,
      viewer: { kind: "state", stateId: "CHN" },
      seq: proposalSeq,
    });
    expect(JSON.stringify(china.view.proposals)).not.toContain("Tokyo-Seoul pact");
    expect(china.messages.map((m) => m.body)).not.toContain("Shall we?");
    expect(china.timeline.some((e) => e.summary.includes("Tokyo-Seoul pact"))).toBe(false);

    const omniscient = await trpc.review.replay.query({ ...staff, viewer: { kind: "omniscient" } });
    expect(omniscient.timeline.some((e) => e.summary.includes("Tokyo-Seoul pact"))).toBe(true);
    expect(omniscient.round).toBe(4);
    // Earlier moments fold fewer events: the pact is not in force at the proposal.
    expect(Object.values(korea.view.treaties).some((t) => t.name === "Tokyo-Seoul pact")).toBe(
      false,
    );
  });

  it("labels each replay event with the phase it happened in, and shows members the answers to their proposals", async () => {
    const omniscient = await trpc.review.replay.query({ ...staff, viewer: { kind: "omniscient" } });
    const ends = omniscient.timeline.filter((e) => e.summary === "Phase ended");
    // The instructor ended round 1's negotiation, then its orders: each in its own phase.
    // Then its news (round 1's results) is round 1's too.
    expect(ends.slice(0, 3).map((e) => [e.round, e.phase])).toEqual([
      [1, "negotiation"],
      [1, "orders"],
      [1, "news"],
    ]);
    // Korea's acceptance of Japan's proposal is on Japan's screen (the proposal shows it), so
    // it is in Japan's replay; China, not a member, does not see it.
    const seen = async (stateId: string) =>
      (await trpc.review.replay.query({ ...staff, viewer: { kind: "state", stateId } })).timeline
        .filter((e) => e.stateId === "KOR" && e.type === "engine:action")
        .map((e) => e.summary);
    expect(await seen("JPN")).toContainEqual(expect.stringMatching(/^KOR ratified/));
    expect(await seen("CHN")).toEqual([]);
  });

  it("keeps rubric notes and grades attached to replay moments, per student", async () => {
    const note = await trpc.review.annotations.add.mutate({
      ...staff,
      participantId: japanSeat.participantId,
      stateId: "JPN",
      round: 1,
      eventSeq: proposalSeq,
      criterion: "Alliance strategy",
      note: "Proposed the pact early and named the threat.",
      grade: 8,
      author: "TA Lee",
    });
    const updated = await trpc.review.annotations.update.mutate({
      ...staff,
      annotationId: note.id,
      grade: 9,
    });
    expect(updated.grade).toBe(9);
    const summary = await trpc.review.studentSummary.query({
      ...staff,
      participantId: japanSeat.participantId,
    });
    expect(summary.participant).toMatchObject({ displayName: "Aiko", stateId: "JPN" });
    expect(summary.annotations.map((a) => a.grade)).toEqual([9]);
    expect(summary.actions.some((a) => a.summary.includes("proposed defence pact"))).toBe(true);
    expect(summary.messages.map((m) => m.body)).toEqual(["Shall we?"]);
    expect(summary.rounds).toHaveLength(3);
    const students = await trpc.review.students.query(staff);
    expect(students.find((s) => s.stateId === "JPN")?.grades).toEqual([9]);
  });

  it("exports CSV and JSON with each row's bot flag from its own actor", async () => {
    const events = await trpc.review.export.query({ ...staff, table: "events", format: "csv" });
    const rows = Papa.parse<Record<string, string>>(events.content, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const history = await trpc.sessions.history.query(staff);
    expect(rows).toHaveLength(history.events.length);
    const botRows = rows.filter((row) => row.actor?.startsWith("bot:"));
    expect(botRows.length).toBeGreaterThan(0);
    expect(botRows.every((row) => row.bot === "true")).toBe(true);
    expect(rows.find((row) => row.summary?.includes("Tokyo-Seoul pact"))?.bot).toBe("false");

    const predictions = await trpc.review.export.query({
      ...staff,
      table: "predictions",
      format: "json",
    });
    const predictionRows = JSON.parse(predictions.content) as {
      state: string;
      bot: string | null;
    }[];
    expect(predictionRows.find((row) => row.state === "CHN")?.bot).toBe("walt");
    expect(predictionRows.find((row) => row.state === "JPN")?.bot).toBeNull();

    const download = await fetch(`${server.url}/export/${gameId}/grades.csv`, bearer(staff.secret));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(
      /attachment; filename="threatscape-.*-grades\.csv"/,
    );
    const grades = Papa.parse<Record<string, string>>(await download.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(grades[0]).toMatchObject({
      participant: "Aiko",
      participantId: japanSeat.participantId,
      criterion: "Alliance strategy",
      grade: "9",
    });
    expect(
      (
        await fetch(
          `${server.url}/export/${gameId}/grades.csv`,
          bearer("wrong-secret-wrong-secret"),
        )
      ).status,
    ).toBe(401);
    expect(
      (await fetch(`${server.url}/export/${gameId}/secrets.csv`, bearer(staff.secret))).status,
    ).toBe(400);
  });

  it("shows the projector the class's BoT vs BoP scorecard by join code once the game is over", async () => {
    const room = (await server.registry.get(gameId))!;
    const card = await trpc.review.scorecard.query({ joinCode: room.record.joinCode });
    const debrief = await trpc.review.debrief.query(staff);
    // The debrief's own numbers, aggregates only.
    expect(card).toEqual({
      rounds: debrief.report.rounds.length,
      cases: debrief.report.debrief.cases,
      accuracy: {
        balanceOfThreat: debrief.report.debrief.accuracy.balanceOfThreat,
        balanceOfPower: debrief.report.debrief.accuracy.balanceOfPower,
        baseline: debrief.report.debrief.accuracy.baseline,
      },
      discriminating: {
        cases: debrief.report.debrief.discriminating.cases,
        onlyBalanceOfThreatRight: debrief.report.debrief.discriminating.onlyBalanceOfThreatRight,
        onlyBalanceOfPowerRight: debrief.report.debrief.discriminating.onlyBalanceOfPowerRight,
        mcnemarP: debrief.report.debrief.discriminating.mcnemarP,
      },
    });
    expect(card.cases).toBeGreaterThan(0);
    await expect(trpc.review.scorecard.query({ joinCode: "ZZZZZZ" })).rejects.toThrow(
      /no session has this code/,
    );
    // A game still running shows no scorecard.
    const live = await trpc.sessions.create.mutate({ title: "Live", presetId: "east-asia-2017" });
    if (!live.ok) throw new Error(live.message);
    await expect(trpc.review.scorecard.query({ joinCode: live.joinCode })).rejects.toThrow(
      /when the game is over/,
    );
  });

  it("forks the game at a round and plays the rest with bots, shown beside the real outcome", async () => {
    const outcome = await trpc.review.fork.mutate({ ...staff, fromRound: 2, policy: "waltz" });
    expect(outcome.fromRound).toBe(2);
    expect(outcome.rounds).toBe(8); // the scenario's full length: rounds 2-8 played by bots
    expect(outcome.accuracy.balanceOfThreat).toBeGreaterThanOrEqual(0);
    const debrief = await trpc.review.debrief.query(staff);
    expect(debrief.forks.map((f) => [f.fromRound, f.policy])).toEqual([[2, "waltz"]]);
    await expect(trpc.review.fork.mutate({ ...staff, fromRound: 7 })).rejects.toThrow(
      /never reached/,
    );
  });

  it("requires the instructor or staff secret", async () => {
    await expect(
      trpc.review.debrief.query({ gameId, secret: "a-wrong-secret-of-length" }),
    ).rejects.toThrow(/wrong session or secret/);
    await expect(
      trpc.review.annotations.add.mutate({
        gameId,
        secret: "a-wrong-secret-of-length",
        note: "x",
        author: "x",
      }),
    ).rejects.toThrow(/wrong session or secret/);
  });
});
