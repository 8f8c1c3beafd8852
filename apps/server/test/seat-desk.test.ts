// The HTTP seat desk (src/http/seat-desk.ts) over a real server: the plain-HTML join page's
// way in. Same schemas, limits and refusal codes as the socket join; a refusal changes nothing.
import { ClientEvent, SeatDesk, SessionPreviewResult } from "@threatscape/protocol";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sessionPreview } from "../src/http/seat-desk.ts";
import { AccessLimits, LIMITS } from "../src/limits/rate-limits.ts";
import { startTestServer } from "./helpers.ts";
import { phaseKey } from "./room-harness.ts";
import { LiveClient } from "./live-client.ts";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
const clients: LiveClient[] = [];
beforeAll(async () => {
  // Addresses are simulated with X-Forwarded-For from this trusted proxy.
  server = await startTestServer({ TRUST_PROXY: "127.0.0.1" });
});
afterAll(() => server.close());
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

let nextAddress = 1;
/** A fresh client address, so one test's wrong guesses never limit another's. */
const freshAddress = () => `198.51.100.${nextAddress++}`;

async function session() {
  const created = await server.registry.create({
    title: "Desk",
    scenario: { presetId: "east-asia-2017" },
    seed: 1,
  });
  if (!created.ok) throw new Error(created.message);
  return created;
}

/** A seat-desk answer, read loosely (each test asserts the parts it cares about). */
interface Reply {
  ok: boolean;
  data: { gameId: string; participantId: string; rejoinToken: string; seatPin: string };
  error: { code: string; message: string; issues: { path: string }[] };
}

async function post(
  path: string,
  body: unknown,
  { address = freshAddress(), type = "application/json" } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": type, "x-forwarded-for": address },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Reply };
}

const participants = async (gameId: string) =>
  (await server.db.participants.listForGame(gameId)).length;

async function live(address = freshAddress()) {
  const c = new LiveClient(server.url, { forwardedFor: address });
  clients.push(c);
  await c.connected();
  return c;
}

describe("POST /seat/join", () => {
  it("seats a student at the picked state; the token resumes the seat over the socket", async () => {
    const game = await session();
    const joined = await post(SeatDesk.join, {
      joinCode: game.joinCode.toLowerCase(),
      displayName: "  Mina ",
      stateId: "JPN",
    });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      ok: true,
      data: { gameId: game.gameId, displayName: "Mina", stateId: "JPN" },
    });
    const student = await live();
    const resumed = await student.ok(ClientEvent.resume, {
      rejoinToken: joined.body.data.rejoinToken,
    });
    expect(resumed).toMatchObject({
      participantId: joined.body.data.participantId,
      stateId: "JPN",
      // The desk answers the seat PIN as the socket's Joined does (fresh-user finding).
      seatPin: joined.body.data.seatPin,
    });
    expect(joined.body.data.seatPin).toMatch(/^[A-Z0-9]{10}$/);
  });

  it("refuses what the socket refuses, with the same codes, and changes nothing", async () => {
    const game = await session();
    const good = { joinCode: game.joinCode, displayName: "Ana" };
    const cases: [unknown, number, string, string | undefined][] = [
      [{ ...good, displayName: "x".repeat(41) }, 400, "BAD_REQUEST", "displayName"],
      [{ ...good, displayName: "\u200b \u200b" }, 400, "BAD_REQUEST", "displayName"],
      [{ ...good, stateId: "jpn; drop" }, 400, "BAD_REQUEST", "stateId"],
      [{ ...good, joinCode: "AB0" }, 400, "BAD_REQUEST", "joinCode"],
      [{ ...good, stateId: "ZZZ" }, 404, "NOT_FOUND", undefined],
      [{ ...good, joinCode: "ZZZZZZ" }, 404, "NOT_FOUND", undefined],
      [{ displayName: "Ana" }, 400, "BAD_REQUEST", "joinCode"],
    ];
    for (const [body, status, code, field] of cases) {
      const refused = await post(SeatDesk.join, body);
      expect(refused.status, JSON.stringify(body)).toBe(status);
      expect(refused.body).toMatchObject({ ok: false, error: { code } });
      expect(typeof refused.body.error.message).toBe("string");
      if (field) expect(refused.body.error.issues.map((i) => i.path)).toContain(field);
    }
    // The same payloads over the socket get the same codes.
    const socket = await live();
    for (const [body, , code] of cases)
      expect((await socket.raw(ClientEvent.join, body)).ok ? "ok" : code).toBe(code);
    expect(await participants(game.gameId)).toBe(0);
  });

  it("refuses bodies that are not JSON, too big or too deep, and other methods", async () => {
    const game = await session();
    const form = await post(SeatDesk.join, `joinCode=${game.joinCode}&displayName=Ana`, {
      type: "application/x-www-form-urlencoded",
    });
    expect(form).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    expect(form.body.error.message).toContain("JSON");
    const broken = await post(SeatDesk.join, "{not json");
    expect(broken).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    const big = await post(SeatDesk.join, {
      joinCode: game.joinCode,
      displayName: "Ana",
      pad: "x".repeat(70_000),
    });
    expect(big).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    let deep: unknown = "x";
    for (let i = 0; i < 40; i++) deep = [deep];
    const nested = await post(SeatDesk.join, { joinCode: game.joinCode, displayName: deep });
    expect(nested).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    const get = await fetch(`${server.url}${SeatDesk.join}`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await participants(game.gameId)).toBe(0);
  });

  it("counts wrong codes against the address like the socket: RATE_LIMITED, 429", async () => {
    const address = freshAddress();
    const codes: number[] = [];
    for (let i = 0; i <= LIMITS.failedCodesPerAddress; i++)
      codes.push(
        (await post(SeatDesk.join, { joinCode: "ZZZZZZ", displayName: "g" }, { address })).status,
      );
    expect(codes.slice(0, -1).every((s) => s === 404)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // The socket from the same address is limited too: one count per address.
    const socket = await live(address);
    expect(
      await socket.request(ClientEvent.join, { joinCode: "ZZZZZZ", displayName: "g" }),
    ).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  it("refuses a finished session with GAME_FINISHED", async () => {
    const game = await session();
    const room = (await server.registry.get(game.gameId))!;
    expect((await room.command({ command: "start", fillWithBots: "walt" })).ok).toBe(true);
    const ended = await room.command({ command: "end", against: phaseKey(room) });
    expect(ended.ok).toBe(true);
    const refused = await post(SeatDesk.join, { joinCode: game.joinCode, displayName: "Late" });
    expect(refused).toMatchObject({ status: 410, body: { error: { code: "GAME_FINISHED" } } });
  });
});

describe("POST /seat/reclaim", () => {
  it("moves a seat here by PIN and closes the old browser; a wrong PIN is NOT_FOUND", async () => {
    const game = await session();
    const laptop = await live();
    const first = await laptop.ok(ClientEvent.join, {
      joinCode: game.joinCode,
      displayName: "Linh",
      stateId: "KOR",
    });
    const wrong = await post(SeatDesk.reclaim, { joinCode: game.joinCode, seatPin: "AAAAAAAAAA" });
    expect(wrong).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    const malformed = await post(SeatDesk.reclaim, { joinCode: game.joinCode, seatPin: "12" });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    expect(laptop.socket.connected).toBe(true);

    const moved = await post(SeatDesk.reclaim, {
      joinCode: game.joinCode,
      seatPin: `${first.seatPin.slice(0, 5)}-${first.seatPin.slice(5)}`.toLowerCase(),
    });
    expect(moved).toMatchObject({
      status: 200,
      body: { ok: true, data: { participantId: first.participantId, stateId: "KOR" } },
    });
    expect(moved.body.data.rejoinToken).not.toBe(first.rejoinToken);
    await expect.poll(() => laptop.kickedCode).toBe("REPLACED");
    const phone = await live();
    await phone.ok(ClientEvent.resume, { rejoinToken: moved.body.data.rejoinToken });
    expect(await participants(game.gameId)).toBe(1);
  });
});

describe("the join page's session preview", () => {
  const limits = new AccessLimits();
  const ctx = () => ({ registry: server.registry, limits, address: freshAddress() });

  it("is the public summary of the session, for a code in any case or with a dash", async () => {
    const game = await session();
    const code = `${game.joinCode.slice(0, 3)}-${game.joinCode.slice(3).toLowerCase()}`;
    const preview = SessionPreviewResult.parse(await sessionPreview(`/join/${code}`, ctx()));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data).toMatchObject({ joinCode: game.joinCode, title: "Desk", status: "lobby" });
    expect(preview.data.states.find((s) => s.stateId === "JPN")).toMatchObject({
      playable: true,
      students: 0,
    });
  });

  it("says NOT_FOUND for an unknown code, and nothing for other paths or malformed codes", async () => {
    expect(await sessionPreview("/join/ZZZZZZ", ctx())).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    expect(await sessionPreview("/join/AB0", ctx())).toBeNull();
    expect(await sessionPreview("/join/%E0%A4%A", ctx())).toBeNull();
    expect(await sessionPreview("/join", ctx())).toBeNull();
    expect(await sessionPreview("/play/ZZZZZZ", ctx())).toBeNull();
  });
});
