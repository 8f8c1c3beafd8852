// The live room on a real SQLite file, a recording broadcaster and a manual clock: no
// sockets, no sleeps. Each defect of issue 10 has a test here that failed on the old room.
// Over 300 lines: one harness shared by every room behaviour (timers, dropouts, stale
// commands, recovery, audiences); a split would repeat it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentSessionGuard } from "../src/live/socket-handlers.ts";
import { socketRooms } from "../src/live/broadcaster.ts";
import type { GameRoom } from "../src/live/game-room.ts";
import { createGame } from "@threatscape/engine";
import { foldRoomLog } from "../src/live/room-log.ts";
import { roomHarness, settle, phaseKey, type Harness, seatStudent } from "./room-harness.ts";
import type { Dashboard, GameDelta, GameSnapshot } from "@threatscape/protocol";
import { INSTRUCTOR_THROTTLE_MS } from "../src/live/publisher.ts";
import { SnapshotStore } from "@threatscape/protocol";

// One database for the file (opening one runs the migrations); each test its own game.
let harness: Harness;
beforeAll(async () => {
  harness = await roomHarness();
});
afterAll(() => harness.close());

async function start(room: GameRoom) {
  const started = await room.command({ command: "start", fillWithBots: "walt" });
  if (!started.ok) throw new Error(started.error.message);
  await settle(room);
}
const events = (h: Harness, room: GameRoom) => h.db.events.list(room.id);

describe("phase clock", () => {
  it("ends a phase at its deadline, pauses with what is left, extends, resumes", async () => {
    const room = await harness.newRoom();
    await seatStudent(room, "Aiko", "JPN");
    await start(room);
    expect(room.state.phase).toBe("negotiation");
    harness.clock.advance(59_999);
    await settle(room);
    expect(room.state.phase).toBe("negotiation");
    harness.clock.advance(1);
    await settle(room);
    expect(room.state.phase).toBe("orders");

    harness.clock.advance(15_000);
    expect((await room.command({ command: "pause", against: phaseKey(room) })).ok).toBe(true);
    expect(room.phaseClock.record.remainingMs).toBe(30_000);
    harness.clock.advance(600_000); // paused: nothing ends
    await settle(room);
    expect(room.state.phase).toBe("orders");
    expect(
      (await room.command({ command: "extend", seconds: 30, against: phaseKey(room) })).ok,
    ).toBe(true);
    expect((await room.command({ command: "resume", against: phaseKey(room) })).ok).toBe(true);
    harness.clock.advance(59_999);
    await settle(room);
    expect(room.state.phase).toBe("orders");
    harness.clock.advance(1);
    await settle(room);
    expect(room.state.phase).toBe("news");
    // Nobody sent orders: the round resolved with no change, by the timer.
    expect(room.state.rounds[0]!.actual!.JPN).toBeDefined();
    const timerEvents = (await events(harness, room)).filter((e) => e.actor === "timer");
    expect(timerEvents).toHaveLength(2);
  });

  it("two instructor tabs pressing 'End phase now' together advance one phase (defect 2)", async () => {
    const room = await harness.newRoom();
    await start(room);
    const against = phaseKey(room);
    const [a, b] = await Promise.all([
      room.command({ command: "advance", against }),
      room.command({ command: "advance", against }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    expect(refused.ok ? null : refused.error.code).toBe("STALE");
    expect(room.state.phase).toBe("orders");
  });

  it("a crash between the phase change and the timing cache leaves the next phase its full length (defect 3)", async () => {
    let own = await roomHarness();
    const room = await own.newRoom();
    await start(room);
    const staleDeadline = own.clock.now() + 60_000;
    own.clock.advance(60_000);
    await settle(room);
    expect(room.state.phase).toBe("orders");
    const ordersDeadline = own.clock.now() + 45_000;
    const seq = room.seq;
    const state = JSON.stringify(room.state);
    // The old second write (the games row) never happened: it still holds the old deadline.
    await own.db.games.updateTiming(room.id, {
      status: "running",
      phaseDeadline: new Date(staleDeadline),
      pausedRemainingMs: null,
    });
    own.clock.advance(1_500);
    own = await own.restart();
    const again = (await own.registry.get(room.id))!;
    await again.resumeAfterRestart();
    await settle(again);
    expect(again.seq).toBe(seq);
    expect(JSON.stringify(again.state)).toBe(state);
    expect(again.state.phase).toBe("orders");
    expect(again.phaseClock.record.deadline).toBe(ordersDeadline);
    own.clock.advance(43_000);
    await settle(again);
    expect(again.state.phase).toBe("orders");
    own.clock.advance(1_000);
    await settle(again);
    expect(again.state.phase).toBe("news");
    await own.close();
  });
});

describe("bots and dropouts", () => {
  it("bots act once per phase while a student is away; the stand-in acts once, logged once (defect 1)", async () => {
    const room = await harness.newRoom({
      phaseSeconds: { negotiation: 600, orders: 600, news: 10 },
    });
    const japan = await seatStudent(room, "Aiko", "JPN");
    await start(room);
    await room.onDisconnect(japan);
    harness.clock.advance(61_000);
    for (let check = 0; check < 12; check++) {
      await room.checkDropouts();
      harness.clock.advance(5_000);
    }
    await settle(room);
    const log = await events(harness, room);
    const turns = log.filter((e) => e.type === "bot:turns");
    const taken = turns.flatMap((e) => (e.payload as { states: string[] }).states);
    // Every bot once at the phase's start, Japan's stand-in once when it took over.
    expect(taken.filter((s) => s === "JPN")).toEqual(["JPN"]);
    expect(new Set(taken).size).toBe(taken.length);
    expect(log.filter((e) => e.type === "dropout:stand-in")).toHaveLength(1);
    const countBefore = log.length;
    for (let check = 0; check < 6; check++) {
      await room.checkDropouts();
      harness.clock.advance(5_000);
    }
    await settle(room);
    expect((await events(harness, room)).length).toBe(countBefore);
    // Back online: the seat returns to the student, and the bot does not act again.
    await room.onConnect(japan);
    expect(room.state.bots.JPN).toBeUndefined();
  });
});

describe("bot notices (issue 12, defect 8)", () => {
  it("while a bot plays a student's state the student's controls are locked; handing it back unlocks them", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    await start(room);
    expect((await room.command({ command: "set-bot", stateId: "JPN", policy: "walt" })).ok).toBe(
      true,
    );
    await settle(room);
    // The student's snapshot says a bot plays the seat (the console's notice reads it).
    const seat = room.welcome("state:JPN").snapshot.lobby.find((s) => s.stateId === "JPN");
    expect(seat?.bot).toBe("walt");
    // Their "No change" is refused, not acknowledged and overridden later.
    const refused = await room.act(japan, { type: "no-change" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe("CONFLICT");
      expect(refused.error.reason).toBe("BOT_PLAYING");
      expect(refused.error.message).toContain("A bot is playing Japan for now".slice(2));
    }
    // The bot's own actions (its orders) are shown to Japan's students and the instructor,
    // nobody else.
    expect((await room.command({ command: "advance", against: phaseKey(room) })).ok).toBe(true);
    await settle(room);
    const own = room.welcome("state:JPN").snapshot.botActions ?? [];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.stateId === "JPN" && a.policy === "walt")).toBe(true);
    expect(room.welcome("screen").snapshot.botActions).toEqual([]);
    expect(
      (room.welcome("instructor").snapshot.botActions ?? []).some((a) => a.stateId === "JPN"),
    ).toBe(true);

    expect((await room.command({ command: "set-bot", stateId: "JPN", policy: null })).ok).toBe(
      true,
    );
    await settle(room);
    const accepted = await room.act(japan, {
      type: "demand",
      target: "CHN",
      kind: "stop-exercises",
      text: "Stop.",
    });
    expect(accepted.ok || (!accepted.ok && accepted.error.reason !== "BOT_PLAYING")).toBe(true);
  });

  it("after a stand-in acted while the student was away, the student (and the instructor) see what it did", async () => {
    const room = await harness.newRoom({
      phaseSeconds: { negotiation: 600, orders: 600, news: 10 },
    });
    const japan = await seatStudent(room, "Aiko", "JPN");
    await seatStudent(room, "Wei", "CHN");
    await start(room);
    await room.onDisconnect(japan);
    harness.clock.advance(61_000);
    await room.checkDropouts();
    await settle(room);
    expect(room.state.bots.JPN).toBe("walt");
    // The orders phase: the stand-in submits Japan's orders.
    expect((await room.command({ command: "advance", against: phaseKey(room) })).ok).toBe(true);
    await settle(room);
    await room.onConnect(japan);
    await settle(room);
    expect(room.state.bots.JPN).toBeUndefined();
    const seen = room.welcome("state:JPN").snapshot.botActions ?? [];
    expect(
      seen.some((a) => a.action.type === "submit-orders" || a.action.type === "no-change"),
    ).toBe(true);
    expect(seen.every((a) => a.stateId === "JPN" && a.policy === "walt")).toBe(true);
    expect(room.welcome("state:CHN").snapshot.botActions?.some((a) => a.stateId === "JPN")).toBe(
      false,
    );
    const instructor = room.welcome("instructor").snapshot.botActions ?? [];
    expect(instructor.filter((a) => a.stateId === "JPN")).toEqual(seen);
    // After a restart the same record comes back from the log.
    const created = createGame(room.record.scenario as Parameters<typeof createGame>[0], {
      seed: room.record.seed,
    });
    if (!created.ok) throw new Error(created.error.message);
    const folded = foldRoomLog(created.state, await events(harness, room));
    expect(folded.botActions.filter((a) => a.stateId === "JPN")).toEqual(seen);
  });
});

describe("crises (issue 12, defect 9)", () => {
  it("a released scripted crisis reaches a seated student live, with its description and without the instructor's note", async () => {
    const room = await harness.newRoom();
    await seatStudent(room, "Priya", "IND");
    await start(room);
    const before = room.welcome("state:IND").snapshot.version;
    expect(
      (await room.command({ command: "release-crisis", crisisId: "border-standoff" })).ok,
    ).toBe(true);
    await settle(room);
    // The student's live snapshot (what deltas carry, no reload) has the crisis news.
    const snapshot = room.welcome("state:IND").snapshot;
    expect(snapshot.version).toBeGreaterThan(before);
    const item = snapshot.view.news.find((n) => n.crisis?.id === "border-standoff");
    expect(item?.headline).toBe("Another Himalayan standoff");
    expect(item?.crisis?.description).toBe(
      "Chinese road-building on a disputed plateau, as at Doklam in June 2017.",
    );
    for (const audience of ["state:IND", "screen"] as const) {
      const welcome = room.welcome(audience);
      expect(JSON.stringify(welcome)).not.toContain("Release to test");
    }
    expect(JSON.stringify(room.welcome("instructor").scenario)).toContain("Release to test");
  });
});

describe("the wait policy", () => {
  it("pauses until the student is back, then resumes with the time that was left", async () => {
    const room = await harness.newRoom({ dropoutPolicy: "wait", dropoutGraceSeconds: 30 });
    const india = await seatStudent(room, "Priya", "IND");
    await start(room);
    harness.clock.advance(10_000);
    await room.onDisconnect(india);
    harness.clock.advance(29_000);
    await room.checkDropouts();
    expect(room.status).toBe("running");
    harness.clock.advance(1_000);
    await room.checkDropouts();
    expect(room.status).toBe("paused");
    expect(room.phaseClock.pausedReason).toContain("IND");
    expect(room.phaseClock.record.remainingMs).toBe(20_000);
    harness.clock.advance(300_000);
    await room.onConnect(india);
    expect(room.status).toBe("running");
    expect(room.phaseClock.record.deadline).toBe(harness.clock.now() + 20_000);
  });
});

describe("audiences", () => {
  it("a private action changes no other audience's view and sends them nothing (defect 6)", async () => {
    const room = await harness.newRoom();
    await seatStudent(room, "Aiko", "JPN");
    await seatStudent(room, "Wei", "CHN");
    await seatStudent(room, "Min", "KOR");
    await start(room);
    harness.broadcaster.clear();
    const ack = await room.act(room.seating.all().next().value!.record.id, {
      type: "propose-treaty",
      terms: { kind: "consultation", members: ["JPN", "KOR"], secret: true },
    });
    expect(ack).toEqual({ ok: true, data: { accepted: true } });
    await settle(room);
    const deltaTo = (a: string) => harness.broadcaster.to_(a, "game:delta");
    expect(deltaTo("state:CHN")).toEqual([]);
    expect(deltaTo("screen")).toEqual([]);
    expect(deltaTo("unseated")).toEqual([]);
    expect(deltaTo("state:JPN")).toHaveLength(1);
    expect(deltaTo("state:KOR")).toHaveLength(1);
  });

  it("a chat message delivers the message and nothing else", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    await seatStudent(room, "Wei", "CHN");
    await start(room);
    harness.broadcaster.clear();
    const sent = await room.sendMessage(
      { role: "student", participantId: japan },
      "dm:JPN:KOR",
      "psst",
    );
    expect(sent.ok).toBe(true);
    await settle(room);
    const events = harness.broadcaster.sent.map((s) => s.event);
    expect(events.filter((e) => e === "game:delta" || e === "game:snapshot")).toEqual([]);
    const delivered = harness.broadcaster.sent.filter((s) => s.event === "chat:message");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.to.sort()).toEqual(["instructor", "state:JPN", "state:KOR"]);
  });

  it("the instructor's dashboard goes out at most twice a second, always the latest", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    await start(room);
    harness.clock.advance(INSTRUCTOR_THROTTLE_MS);
    await settle(room);
    harness.broadcaster.clear();
    const dashboards = () =>
      harness.broadcaster
        .to_("instructor", "dashboard:update")
        .map((s) => (s.payload as Dashboard).messages.total);
    const say = async (body: string) => {
      expect(
        (await room.sendMessage({ role: "student", participantId: japan }, "public", body)).ok,
      ).toBe(true);
      await settle(room);
    };
    await say("one");
    expect(dashboards()).toEqual([1]);
    for (const body of ["two", "three", "four"]) await say(body);
    harness.clock.advance(499); // twice a second: nothing before 500 ms
    await settle(room);
    expect(dashboards()).toEqual([1]);
    harness.clock.advance(1);
    await settle(room);
    expect(dashboards()).toEqual([1, 4]);
  });

  it("the instructor sees their own command at once, whatever the throttle", async () => {
    const room = await harness.newRoom();
    await seatStudent(room, "Aiko", "JPN");
    await start(room);
    harness.clock.advance(1_000);
    await settle(room);
    await room.sendMessage({ role: "instructor" }, "public", "welcome, all");
    await settle(room); // this dashboard used the instructor's turn for the next 500 ms
    harness.broadcaster.clear();
    expect((await room.command({ command: "pause", against: phaseKey(room) })).ok).toBe(true);
    await settle(room);
    const views = harness.broadcaster.to_("instructor", "game:delta");
    expect(views).toHaveLength(1);
    expect(JSON.stringify((views[0]!.payload as GameDelta).patch)).toContain("paused");
  });

  it("deltas rebuild exactly the snapshot a newcomer gets", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    const client = new SnapshotStore();
    client.applySnapshot(room.welcome("state:JPN").snapshot);
    await start(room);
    await room.act(japan, {
      type: "propose-treaty",
      terms: { kind: "defence", members: ["JPN", "USA"], directedAgainst: ["CHN"] },
    });
    await room.command({ command: "advance", against: phaseKey(room) });
    await settle(room);
    // The recording broadcaster names audiences without their game: this game's only.
    for (const s of harness.broadcaster.to_("state:JPN", "game:delta"))
      if ((s.payload as GameDelta).gameId === room.id)
        expect(client.applyDelta(s.payload as GameDelta)).toBe("applied");
    const fresh = room.welcome("state:JPN").snapshot as GameSnapshot;
    expect({ ...client.snapshot!, serverTime: 0 }).toEqual({ ...fresh, serverTime: 0 });
  });

  it("a student moved or kicked while offline does not get the old audience back (defect 4)", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    const korea = await seatStudent(room, "Min", "KOR");
    const guard = currentSessionGuard(harness.registry);
    const roomsOf = (stateId: string) =>
      new Set(["sid", socketRooms.audience(room.id, `state:${stateId}`)]);
    const data = (participantId: string) => ({
      gameId: room.id,
      participantId,
      role: "student" as const,
    });
    expect(await guard(data(japan), roomsOf("JPN"))).toBe(true);
    await room.onDisconnect(japan);
    expect(
      (await room.command({ command: "assign", participantId: japan, stateId: "VNM" })).ok,
    ).toBe(true);
    expect(harness.broadcaster.moves).toContainEqual({
      participantId: japan,
      from: "state:JPN",
      to: "state:VNM",
    });
    expect(await guard(data(japan), roomsOf("JPN"))).toBe(false);
    expect(await guard(data(japan), roomsOf("VNM"))).toBe(true);
    await room.onDisconnect(korea);
    expect((await room.command({ command: "kick", participantId: korea, ban: true })).ok).toBe(
      true,
    );
    expect(harness.broadcaster.disconnected).toEqual([korea]);
    expect(await guard(data(korea), roomsOf("KOR"))).toBe(false);
  });
});

describe("a finished game", () => {
  it("refuses chat and new groups with GAME_FINISHED (defect 5)", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    await start(room);
    expect((await room.command({ command: "end", against: phaseKey(room) })).ok).toBe(true);
    const chat = await room.sendMessage(
      { role: "student", participantId: japan },
      "public",
      "still here?",
    );
    const group = await room.createGroup(japan, "late", ["KOR"]);
    const act = await room.act(japan, { type: "no-change" });
    for (const ack of [chat, group, act])
      expect(ack.ok ? null : ack.error.code).toBe("GAME_FINISHED");
  });

  it("refuses every instructor command that would change it; the seat PIN can still be read", async () => {
    const room = await harness.newRoom();
    const japan = await seatStudent(room, "Aiko", "JPN");
    await start(room);
    expect((await room.command({ command: "end", against: phaseKey(room) })).ok).toBe(true);
    const seq = room.seq;
    const changes = [
      await room.command({ command: "set-bot", stateId: "USA", policy: "hawk" }),
      await room.command({
        command: "ad-hoc-crisis",
        headline: "late",
        description: "",
        events: [],
      }),
      await room.command({ command: "set-dropout-policy", policy: "wait", graceSeconds: 30 }),
      await room.command({ command: "kick", participantId: japan, ban: false }),
    ];
    for (const ack of changes) expect(ack.ok ? null : ack.error.code).toBe("GAME_FINISHED");
    expect(room.seq).toBe(seq);
    expect((await room.command({ command: "seat-pin", participantId: japan })).ok).toBe(true);
  });
});
