// Sessions and real socket clients for the live-layer tests: a session created over tRPC as
// the web app creates it, clients that are closed after each test.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ClientEvent } from "@threatscape/protocol";
import superjson from "superjson";
import type { AppRouter } from "../src/index.ts";
import type { startTestServer } from "./helpers.ts";
import { LiveClient, type LiveClientOptions } from "./live-client.ts";

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export function trpcFor(url: string) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, transformer: superjson })],
  });
}

/** An East Asia 2017 session with long phases (tests advance them by command). */
export async function createSession(server: TestServer, extra: Record<string, unknown> = {}) {
  const created = await trpcFor(server.url).sessions.create.mutate({
    title: "IR 101 section B",
    presetId: "east-asia-2017",
    seed: 7,
    phaseSeconds: { negotiation: 600, orders: 600, news: 60 },
    ...extra,
  });
  if (!created.ok) throw new Error(created.message);
  return created;
}

const clients: LiveClient[] = [];

/** A connected client, closed by `closeClients` (call it in `afterEach`). */
export async function connect(
  server: { url: string },
  options: LiveClientOptions = {},
): Promise<LiveClient> {
  const client = new LiveClient(server.url, options);
  clients.push(client);
  await client.connected();
  return client;
}

/** A real socket attached to `session` as its instructor. */
export async function connectInstructor(
  server: { url: string },
  session: { gameId: string; instructorSecret: string },
): Promise<LiveClient> {
  const instructor = await connect(server);
  await instructor.ok(ClientEvent.attachInstructor, {
    gameId: session.gameId,
    instructorSecret: session.instructorSecret,
  });
  return instructor;
}

export function closeClients(): void {
  for (const client of clients.splice(0)) client.close();
}
