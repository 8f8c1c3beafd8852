import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ServerEvent, HealthStatus, ServerHello } from "@threatscape/protocol";
import { io as connect } from "socket.io-client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { parseServerEnv } from "../src/env.ts";
import { startTestServer } from "./helpers.ts";

describe("server", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers /healthz with the database reachable", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const health = HealthStatus.parse(await response.json());
    expect(health).toMatchObject({
      status: "ok",
      database: { provider: "sqlite", reachable: true },
    });
  });

  it("serves tRPC on the same port", async () => {
    const trpc = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });
    const health = await trpc.health.query();
    expect(health.status).toBe("ok");
  });

  it("greets a Socket.IO client and counts it", async () => {
    const socket = connect(server.url, { transports: ["websocket"] });
    const hello = await new Promise<unknown>((resolve) => socket.once(ServerEvent.hello, resolve));
    expect(ServerHello.parse(hello).server).toBe("threatscape");
    const health = HealthStatus.parse(await (await fetch(`${server.url}/healthz`)).json());
    expect(health.connectedClients).toBe(1);
    socket.close();
  });

  it("answers unknown routes with a JSON 404 when the web app is not served", async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "no route for /nowhere" },
    });
  });
});

describe("environment", () => {
  it("rejects a bad setting with a message naming it", () => {
    expect(() => parseServerEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must start with file:/,
    );
  });

  it("defaults to SQLite in the data directory on port 3000", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({ PORT: 3000, SERVE_WEB: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
