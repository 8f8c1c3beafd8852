// What a grader reads, named the same everywhere (tester v8): an unnamed pact carries the one
// display name the news uses in the event log, the replay and every export; and every
// state-round row names each student who held the seat, whether or not they acted.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ClientEvent, type Joined } from "@threatscape/protocol";
import Papa from "papaparse";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { bearer, startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

type Cells = Record<string, string>;
// The engine's default for an unnamed defence pact proposed by USA with JPN.
const PACT = "defence pact USA-JPN";

/**
 * East Asia 2017 as the tester played it: Alex at Russia never acts, Bea (USA) proposes an
 * unnamed defence pact with Japan against North Korea and Chen (JPN) ratifies. Dana joins
 * after the start and is seated at India (a bot until then) in round 2's news phase.
 */
describe("names a grader can match across the log, the replay, the news and the exports", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let trpc: ReturnType<typeof createTRPCClient<AppRouter>>;
  let staff: { gameId: string; secret: string };
  let alex: Joined;
  let bea: Joined;
  let chen: Joined;
  let dana: Joined;
  let news: string[] = [];
  const clients: LiveClient[] = [];

  const connect = async () => {
    const client = new LiveClient(server.url);
    clients.push(client);
    await client.connected();
    return client;
  };
  const download = async (table: string, format: "csv" | "json") => {
    const response = await fetch(
      `${server.url}/export/${staff.gameId}/${table}.${format}`,
      bearer(staff.secret),
    );
    expect(response.status).toBe(200);
    return response.text();
  };
  const csv = async (table: string): Promise<Cells[]> =>
    Papa.parse<Cells>(await download(table, "csv"), { header: true, skipEmptyLines: true }).data;
  const json = async (table: string): Promise<Record<string, unknown>[]> =>
    JSON.parse(await download(table, "json")) as Record<string, unknown>[];

  beforeAll(async () => {
    server = await startTestServer();
    trpc = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });
    const created = await trpc.sessions.create.mutate({
      title: "Names",
      presetId: "east-asia-2017",
      seed: 8,
    });
    if (!created.ok) throw new Error(created.message);
    staff = { gameId: created.gameId, secret: created.staffSecret };
    const instructor = await connect();
    await instructor.ok(ClientEvent.attachInstructor, {
      gameId: created.gameId,
      instructorSecret: created.instructorSecret,
    });
    const join = async (displayName: string, stateId: string) => {
      const client = await connect();
      const joined = await client.ok(ClientEvent.join, {
        joinCode: created.joinCode,
        displayName,
        stateId,
      });
      return { client, joined };
    };
    const russia = await join("Alex Kim", "RUS");
    const usa = await join("Bea Lopez", "USA");
    const japan = await join("Chen Yu", "JPN");
    [alex, bea, chen] = [russia.joined, usa.joined, japan.joined];
    await instructor.command({ command: "start" });

    // Round 1: a pact proposed without a name, ratified; Russia does nothing at all.
    const proposed = await usa.client.act({
      type: "propose-treaty",
      terms: { kind: "defence", members: ["USA", "JPN"], directedAgainst: ["PRK"] },
    });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const proposalId = await japan.client
      .until((s) => Object.keys(s.view.proposals as object).length > 0)
      .then((s) => Object.keys(s.view.proposals as object)[0]!);
    const accepted = await japan.client.act({ type: "accept-treaty", proposalId });
    if (!accepted.ok) throw new Error(accepted.error.message);
    await instructor.timing("advance"); // orders
    await instructor.timing("advance"); // round 2, news
    await instructor.until((s) => s.timing.round === 2, "round 2");

    // Round 2, news: Dana arrives late (unseated after the start) and is seated at India.
    const late = await join("Dana Ito", "IND");
    dana = late.joined;
    expect(dana.stateId).toBeNull();
    await instructor.command({
      command: "assign",
      participantId: dana.participantId,
      stateId: "IND",
    });
    await instructor.timing("advance"); // negotiation
    await instructor.timing("advance"); // orders
    await instructor.timing("advance"); // round 3, news
    await instructor.until((s) => s.timing.round === 3, "round 3");
    const seen = await russia.client.sync();
    news = (seen.view.news as { headline: string }[]).map((n) => n.headline);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it("gives an unnamed pact one name in the news, the event log, the replay and every export", async () => {
    // The news names it (the engine's default), and so must everything a grader reads.
    expect(news.some((headline) => headline.startsWith(`${PACT} enters into force`))).toBe(true);

    const events = await csv("events");
    const proposal = events.find((row) => row.summary?.startsWith("USA proposed"));
    expect(proposal?.summary).toBe(`USA proposed defence pact "${PACT}" (USA, JPN) against PRK`);
    expect(proposal?.subjectName).toBe(PACT);
    const eventsJson = await json("events");
    expect(eventsJson.find((row) => row.seq === Number(proposal?.seq))?.summary).toBe(
      proposal?.summary,
    );

    for (const viewer of [
      { kind: "omniscient" as const },
      { kind: "state" as const, stateId: "JPN" },
    ]) {
      const replay = await trpc.review.replay.query({ ...staff, viewer });
      const entry = replay.timeline.find((e) => e.seq === Number(proposal?.seq));
      expect(entry?.summary, viewer.kind).toBe(proposal?.summary);
    }

    expect((await csv("treaties")).map((row) => row.name)).toContain(PACT);
    for (const rows of [await csv("predictions"), await json("predictions")]) {
      const usa = rows.find((row) => String(row.round) === "1" && row.state === "USA");
      expect(usa?.reasons).toBe(`new defence pact "${PACT}"`);
    }
    // Nowhere does a grader meet the pact under another name.
    for (const table of ["events", "treaties", "predictions"])
      expect(await download(table, "json"), table).not.toMatch(/unnamed/);
  });

  it("names every student who held a seat in a round, acting or not, in every export row", async () => {
    for (const [format, rows] of [
      ["csv", await csv("predictions")],
      ["json", await json("predictions")],
      ["csv scores", await csv("scores")],
      ["json scores", await json("scores")],
    ] as const) {
      const cell = (round: number, state: string) => {
        const row = rows.find((r) => String(r.round) === String(round) && r.state === state);
        return [row?.participantIds, row?.participants];
      };
      // Alex held Russia in both rounds without a single action; the debrief calls it Student.
      expect(cell(1, "RUS"), format).toEqual([alex.participantId, "Alex Kim"]);
      expect(cell(2, "RUS"), format).toEqual([alex.participantId, "Alex Kim"]);
      expect(cell(1, "USA"), format).toEqual([bea.participantId, "Bea Lopez"]);
      expect(cell(1, "JPN"), format).toEqual([chen.participantId, "Chen Yu"]);
      // Dana sat down in the news that opens round 2: she held India in round 2, not round 1.
      const none = format.startsWith("csv") ? "" : null;
      expect(cell(1, "IND"), format).toEqual([none, none]);
      expect(cell(2, "IND"), format).toEqual([dana.participantId, "Dana Ito"]);
    }
    const debrief = await trpc.review.debrief.query(staff);
    expect(debrief.humanStates).toContain("RUS");

    const participants = await csv("participants");
    expect(participants.find((row) => row.participantId === alex.participantId)).toMatchObject({
      state: "RUS",
      statesPlayed: "RUS",
      actions: "0",
    });
    expect(participants.find((row) => row.participantId === dana.participantId)).toMatchObject({
      statesPlayed: "IND",
    });
  });
});
