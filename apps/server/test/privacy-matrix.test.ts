// Issue 11: the privacy matrix. Every viewer (two parties, a bystander state, an unseated
// student, a projector, the instructor) x every private datum (a direct message, a group and
// its message, a secret proposal, a demand, orders, the scenario's secret treaties), over
// every way out: socket frames (snapshots, deltas, scenario, chat), tRPC (public lookup,
// replay as a state) and exports (staff only).
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { ClientEvent, directChannel } from "@threatscape/protocol";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { bearer, startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

type Viewer = "FRN" | "RUS" | "BEL" | "unseated" | "screen" | "instructor";
const VIEWERS: Viewer[] = ["FRN", "RUS", "BEL", "unseated", "screen", "instructor"];
/** Each private datum, by a string only it contains, and who may see it. */
const DATA: Record<string, Viewer[]> = {
  "dm-7Q2X": ["FRN", "RUS", "instructor"],
  "group-K9PW": ["FRN", "RUS", "instructor"],
  "groupmsg-M4TZ": ["FRN", "RUS", "instructor"],
  "proposal-H3VN": ["FRN", "RUS", "instructor"],
  "demand-B8RC": ["FRN", "RUS", "instructor"],
  // Europe 1914's secret treaties: Romania's with the Triple Alliance, Italy's with France.
  "romania-triple-alliance": ["instructor"],
  "prinetti-barrere": ["FRN", "instructor"],
};

let server: Awaited<ReturnType<typeof startTestServer>>;
const frames = new Map<Viewer, string[]>();
const clients = new Map<Viewer, LiveClient>();
let game: { gameId: string; joinCode: string; instructorSecret: string; staffSecret: string };

async function connect(viewer: Viewer): Promise<LiveClient> {
  const client = new LiveClient(server.url);
  const seen: string[] = [];
  client.socket.onAny((event: string, ...args: unknown[]) =>
    seen.push(JSON.stringify([event, args])),
  );
  frames.set(viewer, seen);
  clients.set(viewer, client);
  await client.connected();
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  const created = await server.registry.create({
    title: "Privacy",
    scenario: { presetId: "europe-1914" },
    seed: 5,
    settings: { phaseSeconds: { negotiation: 600, orders: 600, news: 60 } },
  });
  if (!created.ok) throw new Error(created.message);
  game = created;
  const instructor = await connect("instructor");
  await instructor.ok(ClientEvent.attachInstructor, {
    gameId: game.gameId,
    instructorSecret: game.instructorSecret,
  });
  const screen = await connect("screen");
  await screen.ok(ClientEvent.watch, { joinCode: game.joinCode });
  const seated: Record<string, LiveClient> = {};
  for (const stateId of ["FRN", "RUS", "BEL"] as const) {
    seated[stateId] = await connect(stateId);
    await seated[stateId].ok(ClientEvent.join, {
      joinCode: game.joinCode,
      displayName: `Student ${stateId}`,
      stateId,
    });
  }
  await instructor.command({ command: "start" });
  const unseated = await connect("unseated");
  await unseated.ok(ClientEvent.join, { joinCode: game.joinCode, displayName: "Late" });

  const fr = seated.FRN!;
  await fr.ok(ClientEvent.sendMessage, { channel: directChannel("FRN", "RUS"), body: "dm-7Q2X" });
  const group = await fr.ok(ClientEvent.createGroup, { name: "group-K9PW", members: ["RUS"] });
  await fr.ok(ClientEvent.sendMessage, { channel: group.channel, body: "groupmsg-M4TZ" });
  const proposed = await fr.act({
    type: "propose-treaty",
    terms: {
      kind: "defence",
      name: "proposal-H3VN",
      members: ["FRN", "RUS"],
      directedAgainst: ["GMY"],
      secret: true,
    },
  } as never);
  expect(proposed.ok).toBe(true);
  expect((await fr.act({ type: "demand", target: "RUS", text: "demand-B8RC" } as never)).ok).toBe(
    true,
  );
  await instructor.timing("advance");
  await fr.until((s) => s.timing.phase === "orders", "orders phase");
  const ordered = await fr.act({
    type: "submit-orders",
    orders: [{ type: "threaten", target: "GMY", kind: "annexation" }],
  } as never);
  expect(ordered.ok).toBe(true);
  for (const client of clients.values()) await client.sync();
  await new Promise((resolve) => setTimeout(resolve, 300));
}, 30_000);

afterAll(async () => {
  for (const client of clients.values()) client.close();
  await server.close();
});

describe("over sockets", () => {
  for (const viewer of VIEWERS)
    for (const [datum, allowed] of Object.entries(DATA))
      it(`${viewer} ${allowed.includes(viewer) ? "sees" : "never receives"} ${datum}`, () => {
        const received = frames.get(viewer)!.some((frame) => frame.includes(datum));
        expect(received).toBe(allowed.includes(viewer));
      });

  it("orders reach only their own state before resolution", () => {
    for (const viewer of VIEWERS) {
      const view = clients.get(viewer)!.snapshot!.view;
      const expected = viewer === "FRN" || viewer === "instructor";
      expect(Object.keys(view.orders ?? {}).includes("FRN"), viewer).toBe(expected);
      if (viewer === "FRN" || viewer === "instructor") continue;
      const leaked = frames
        .get(viewer)!
        .some((f) => f.includes("/orders/FRN") || f.includes('"orders":{"FRN"'));
      expect(leaked, viewer).toBe(false);
    }
  });
});

describe("over tRPC, replay and exports", () => {
  const trpc = () =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}/trpc`, transformer: superjson })],
    });

  it("the public lookup carries no private datum", async () => {
    const lookup = JSON.stringify(await trpc().sessions.lookup.query({ joinCode: game.joinCode }));
    for (const datum of Object.keys(DATA)) expect(lookup.includes(datum), datum).toBe(false);
  });

  // GMY is who the secret proposal is directed against and whom the orders threaten.
  for (const stateId of ["FRN", "RUS", "BEL", "GMY"] as const)
    it(`the replay as ${stateId} shows only what ${stateId} could see`, async () => {
      const replay = await trpc().review.replay.query({
        gameId: game.gameId,
        secret: game.staffSecret,
        viewer: { kind: "state", stateId },
      });
      const text = JSON.stringify(replay);
      for (const [datum, allowed] of Object.entries(DATA)) {
        const may =
          allowed.includes(stateId as Viewer) ||
          (stateId === "GMY" && datum === "romania-triple-alliance");
        // Chat bodies are checked where they may appear; absence is what matters here.
        if (!may) expect(text.includes(datum), datum).toBe(false);
      }
      const frenchEntries = replay.timeline.filter((entry) => entry.stateId === "FRN");
      if (stateId === "BEL" || stateId === "GMY") expect(frenchEntries).toEqual([]);
      if (stateId === "RUS")
        expect(frenchEntries.map((e) => e.type === "engine:action" && e.summary)).not.toContain(
          expect.stringMatching(/orders|threat/i),
        );
    });

  it("exports and history need the staff secret; a student's token or the join code opens nothing", async () => {
    for (const key of [game.joinCode.padEnd(16, "x"), "student-guess-xxxxxxxx"]) {
      const response = await fetch(`${server.url}/export/${game.gameId}/messages.csv`, bearer(key));
      expect(response.status).toBe(401);
    }
    await expect(
      trpc().sessions.history.query({ gameId: game.gameId, secret: "student-guess-xxxxxxxx" }),
    ).rejects.toThrow(/wrong session or secret/);
    const staff = await fetch(
      `${server.url}/export/${game.gameId}/messages.csv`,
      bearer(game.staffSecret),
    );
    expect(await staff.text()).toContain("dm-7Q2X");
  });
});
