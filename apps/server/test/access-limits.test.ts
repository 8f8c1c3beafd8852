// Issue 11, defects 4, 5 and 7 (secrets): rate limits that fit a classroom, over real sockets,
// tRPC and /export. Addresses are simulated with X-Forwarded-For from a trusted proxy.
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { ClientEvent } from "@threatscape/protocol";
import superjson from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { clientAddress } from "../src/limits/client-address.ts";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { AccessLimits, LIMITS, memoryStore, type LimitStore } from "../src/limits/rate-limits.ts";
import { bearer, startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
const clients: LiveClient[] = [];
async function client(server: TestServer, address?: string) {
  const c = new LiveClient(server.url, { forwardedFor: address });
  clients.push(c);
  await c.connected();
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
async function session(server: TestServer) {
  const created = await server.registry.create({
    title: "Guarded",
    scenario: { presetId: "east-asia-2017" },
    seed: 1,
  });
  if (!created.ok) throw new Error(created.message);
  return created;
}
async function guessCodes(guesser: LiveClient, times: number) {
  const codes: string[] = [];
  for (let i = 0; i < times; i++) {
    const ack = await guesser.request(ClientEvent.join, { joinCode: "ZZZZZZ", displayName: "g" });
    codes.push(ack.ok ? "ok" : ack.error.code);
  }
  return codes;
}

describe("behind a trusted proxy", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: "127.0.0.1" });
  });
  afterAll(() => server.close());

  it("one address's wrong codes never lock out the class behind it (defect 5)", async () => {
    const game = await session(server);
    const school = "203.0.113.7";
    const early = await client(server, school);
    const joined = await early.ok(ClientEvent.join, { joinCode: game.joinCode, displayName: "A" });
    const guesser = await client(server, school);
    const codes = await guessCodes(guesser, LIMITS.failedCodesPerAddress + 1);
    expect(codes.slice(0, -1).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    // The class's code worked from this address before: it still does.
    const late = await client(server, school);
    expect(
      (await late.request(ClientEvent.join, { joinCode: game.joinCode, displayName: "B" })).ok,
    ).toBe(true);
    // A resume by token is never refused by someone else's guesses.
    const back = await client(server, school);
    expect((await back.request(ClientEvent.resume, { rejoinToken: joined.rejoinToken })).ok).toBe(
      true,
    );
    // The instructor behind the same address attaches.
    const teacher = await client(server, school);
    const attach = await teacher.request(ClientEvent.attachInstructor, {
      gameId: game.gameId,
      instructorSecret: game.instructorSecret,
    });
    expect(attach.ok).toBe(true);
    // A code never proven from here gains nothing while the address is limited.
    const other = await session(server);
    const fresh = await client(server, school);
    expect(
      await fresh.request(ClientEvent.join, { joinCode: other.joinCode, displayName: "C" }),
    ).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // Another address is untouched.
    const elsewhere = await client(server, "198.51.100.2");
    expect(
      (await elsewhere.request(ClientEvent.join, { joinCode: other.joinCode, displayName: "D" }))
        .ok,
    ).toBe(true);
  });

  it("instructor secrets are limited per game and per address over sockets, tRPC and /export; the right one always works", async () => {
    const game = await session(server);
    const trpc = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `${server.url}/trpc`,
          transformer: superjson,
          headers: { "x-forwarded-for": "192.0.2.50" },
        }),
      ],
    });
    // The right secret once, then many wrong ones from many addresses.
    await trpc.sessions.summary.query({ gameId: game.gameId, secret: game.instructorSecret });
    const outcomes: string[] = [];
    for (let i = 0; i < LIMITS.failedSecretsPerGame + 2; i++) {
      const wrong = await trpc.sessions.summary
        .query({ gameId: game.gameId, secret: `wrong-secret-${i}-xxxxxxxx` })
        .then(() => "ok")
        .catch((e: unknown) => (e instanceof TRPCClientError ? String(e.data?.code) : "?"));
      outcomes.push(wrong);
    }
    expect(outcomes.slice(0, LIMITS.failedSecretsPerGame).every((o) => o === "UNAUTHORIZED")).toBe(
      true,
    );
    expect(outcomes.at(-1)).toBe("TOO_MANY_REQUESTS");
    const exported = await fetch(
      `${server.url}/export/${game.gameId}/events.csv`,
      bearer("wrong-secret-again-xxxx"),
    );
    expect(exported.status).toBe(429);
    expect(
      (await fetch(`${server.url}/export/${game.gameId}/events.csv`, bearer(game.instructorSecret)))
        .status,
    ).toBe(200);
    const summary = await trpc.sessions.summary.query({
      gameId: game.gameId,
      secret: game.instructorSecret,
    });
    expect(summary).toBeDefined();
  });
});

describe("without TRUST_PROXY (the default)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("ignores X-Forwarded-For: rotating it does not escape the limit (defect 4)", async () => {
    const codes: string[] = [];
    for (let i = 0; i <= LIMITS.failedCodesPerAddress; i++) {
      const guesser = await client(server, `10.0.${i}.1`);
      codes.push(...(await guessCodes(guesser, 1)));
      guesser.close();
    }
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });
});

describe("clientAddress", () => {
  it("uses the header only from a trusted proxy, and the nearest untrusted hop", () => {
    expect(clientAddress("::ffff:10.0.0.9", "1.2.3.4", [])).toBe("10.0.0.9");
    expect(clientAddress("10.0.0.9", "1.2.3.4", ["127.0.0.1"])).toBe("10.0.0.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 1.2.3.4", ["127.0.0.1"])).toBe("1.2.3.4");
    expect(clientAddress("127.0.0.1", "1.2.3.4, 127.0.0.1", ["127.0.0.1"])).toBe("1.2.3.4");
  });
});

describe("AccessLimits over a shared store (a cluster's Redis)", () => {
  it("a process that starts later still knows a code worked from an address (fresh-operator finding)", async () => {
    // One limiter per name, shared by both "processes", as RateLimiterRedis keys are.
    const shared = new Map<string, RateLimiterAbstract>();
    const store: LimitStore = (name, points, seconds) => {
      if (!shared.has(name)) shared.set(name, memoryStore(name, points, seconds));
      return shared.get(name)!;
    };
    const before = new AccessLimits(undefined, store);
    await before.codeWorked("10.0.0.7", "K7QX2M");
    for (let i = 0; i < LIMITS.failedCodesPerAddress; i++) await before.codeFailed("10.0.0.7");
    expect(await before.mayTryCode("10.0.0.7", "ZZZZZZ")).toBe(false);

    const restarted = new AccessLimits(undefined, store);
    expect(await restarted.mayTryCode("10.0.0.7", "K7QX2M")).toBe(true);
    expect(await restarted.mayTryCode("10.0.0.7", "ZZZZZZ")).toBe(false);
    expect(await restarted.mayTryCode("10.0.0.8", "K7QX2M")).toBe(true);
  });
});
