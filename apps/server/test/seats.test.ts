// Issue 11 "Seats and secrets", room level (no network): each reproduction as a test.
import { JoinSession } from "@threatscape/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameRoom } from "../src/live/game-room.ts";
import { EVICT_AFTER_MS } from "../src/live/game-registry.ts";
import { seatPin } from "../src/live/seat-pins.ts";
import { roomHarness, settle, type Harness } from "./room-harness.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await roomHarness();
});
afterAll(() => harness.close());

async function joinAt(room: GameRoom, name: string, stateId?: string) {
  const joined = await room.join(name, stateId);
  if (!joined.ok) throw new Error(joined.error.message);
  await room.onConnect(joined.data.participant.id);
  return joined.data;
}
async function start(room: GameRoom) {
  const started = await room.command({ command: "start", fillWithBots: "walt" });
  if (!started.ok) throw new Error(started.error.message);
  await settle(room);
}
async function europe1914(): Promise<GameRoom> {
  const created = await harness.registry.create({
    title: "secrets",
    scenario: { presetId: "europe-1914" },
    seed: 3,
  });
  if (!created.ok) throw new Error(created.message);
  return (await harness.registry.get(created.gameId))!;
}

describe("seats bound to identity (defect 1)", () => {
  it("after the start a join naming a state lands unseated, and pick-state is refused", async () => {
    const room = await harness.newRoom();
    await joinAt(room, "Aiko", "JPN");
    await start(room);
    const spy = await joinAt(room, "spy", "JPN");
    expect(spy.stateId).toBeNull();
    expect(room.seating.audienceOf(spy.participant.id)).toBe("unseated");
    const pick = await room.pickState(spy.participant.id, "JPN");
    expect(pick).toMatchObject({ ok: false, error: { code: "CONFLICT", reason: "SEATS_FIXED" } });
    expect(room.seating.audienceOf(spy.participant.id)).toBe("unseated");
    // The instructor can still seat a late student.
    const assigned = await room.command({
      command: "assign",
      participantId: spy.participant.id,
      stateId: "KOR",
    });
    expect(assigned.ok).toBe(true);
    expect(room.seating.audienceOf(spy.participant.id)).toBe("state:KOR");
  });

  it("a ban kills the rejoin token and a bot takes the state at once (bot policy)", async () => {
    const room = await harness.newRoom({ dropoutPolicy: "bot" });
    const kim = await joinAt(room, "Kim", "KOR");
    await start(room);
    expect(room.state.bots.KOR).toBeUndefined();
    const kicked = await room.command({
      command: "kick",
      participantId: kim.participant.id,
      ban: true,
    });
    expect(kicked.ok).toBe(true);
    expect(room.state.bots.KOR).toBe("walt");
    expect(await harness.registry.byRejoinToken(kim.token)).toBeNull();
    await expect(
      room.reclaim(seatPin(room.record.instructorHash, kim.participant.id)),
    ).resolves.toBeNull();
    expect(harness.broadcaster.notices).toContainEqual({
      participantId: kim.participant.id,
      code: "BANNED",
    });
    // A rejoin with the code is a new, unseated participant the instructor sees.
    const back = await joinAt(room, "Kim", "KOR");
    expect(back.stateId).toBeNull();
  });

  it("a kick without a ban only unseats; the token still brings the student back, unseated", async () => {
    const room = await harness.newRoom({ dropoutPolicy: "bot" });
    const lee = await joinAt(room, "Lee", "KOR");
    await start(room);
    await room.command({ command: "kick", participantId: lee.participant.id, ban: false });
    expect(room.seating.audienceOf(lee.participant.id)).toBe("unseated");
    expect(room.state.bots.KOR).toBe("walt");
    expect((await harness.registry.byRejoinToken(lee.token))?.participantId).toBe(
      lee.participant.id,
    );
  });
});

describe("seat recovery on a new device (defect 8)", () => {
  it("the seat PIN moves the same record to the new browser and closes the old one", async () => {
    const room = await harness.newRoom();
    const linh = await joinAt(room, "Linh", "VNM");
    await start(room);
    const pin = seatPin(room.record.instructorHash, linh.participant.id);
    const reclaimed = await room.reclaim(pin);
    expect(reclaimed?.participant.id).toBe(linh.participant.id);
    expect(await harness.registry.byRejoinToken(linh.token)).toBeNull();
    expect((await harness.registry.byRejoinToken(reclaimed!.token))?.participantId).toBe(
      linh.participant.id,
    );
    expect(harness.broadcaster.notices).toContainEqual({
      participantId: linh.participant.id,
      code: "REPLACED",
    });
    // One row per person: no second "Linh", no ghost.
    const rows = (await harness.db.participants.listForGame(room.id)).filter((p) =>
      p.displayName.startsWith("Linh"),
    );
    expect(rows).toHaveLength(1);
    expect(await room.reclaim("ZZZZZZ")).toBeNull();
    const pinAck = await room.command({ command: "seat-pin", participantId: linh.participant.id });
    expect(pinAck).toEqual({ ok: true, data: { seatPin: pin } });
  });
});

describe("names (defect 9)", () => {
  it("duplicates are disambiguated; invisible-only names are refused; bidi controls are removed", async () => {
    const room = await harness.newRoom();
    const first = await joinAt(room, "Alex Kim", "JPN");
    const second = await joinAt(room, "alex kim", "JPN");
    expect(first.participant.displayName).toBe("Alex Kim");
    expect(second.participant.displayName).toBe("alex kim (2)");
    const blank = JoinSession.safeParse({
      joinCode: "ABCDEF",
      displayName: "\u200b\u200c\u2060 \ufeff",
    });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe("enter a name with at least one visible letter");
    const rlo = JoinSession.parse({ joinCode: "ABCDEF", displayName: "Ev\u202eil\u202c  Twin" });
    expect(rlo.displayName).toBe("Evil Twin");
    const nfd = JoinSession.parse({ joinCode: "ABCDEF", displayName: "Zoe\u0301" });
    expect(nfd.displayName).toBe("Zo\u00e9");
  });
});

describe("refusals that reveal nothing (defect 6)", () => {
  it("refuse-demand on another pair's demand answers as for an id that does not exist", async () => {
    const room = await harness.newRoom();
    const jp = await joinAt(room, "Aiko", "JPN");
    const kr = await joinAt(room, "Kim", "KOR");
    await start(room);
    const made = await room.act(jp.participant.id, { type: "demand", target: "CHN", text: "x" });
    expect(made.ok).toBe(true);
    const demandId = Object.keys(room.state.demands)[0]!;
    const hidden = await room.act(kr.participant.id, { type: "refuse-demand", demandId });
    const missing = await room.act(kr.participant.id, { type: "refuse-demand", demandId: "D999" });
    expect(hidden.ok || missing.ok).toBe(false);
    if (hidden.ok || missing.ok) return;
    expect(hidden.error.message).toBe(`no demand "${demandId}"`);
    expect(hidden.error.reason).toBe(missing.error.reason);
    expect(hidden.error.message.replace(demandId, "?")).toBe(
      missing.error.message.replace("D999", "?"),
    );
  });

  it("leave-treaty and break-treaty on a secret treaty one is not in answer as if it did not exist", async () => {
    const room = await europe1914();
    const fr = await joinAt(room, "Marie", "FRN");
    await start(room);
    for (const type of ["leave-treaty", "break-treaty"]) {
      const secret = await room.act(fr.participant.id, {
        type,
        treatyId: "romania-triple-alliance",
      });
      const none = await room.act(fr.participant.id, { type, treatyId: "no-such-pact" });
      if (secret.ok || none.ok) throw new Error("expected refusals");
      expect(secret.error.message).toBe('no treaty "romania-triple-alliance" in force');
      expect(secret.error.reason).toBe(none.error.reason);
    }
  });
});

describe("strict actions (defect 7)", () => {
  it("an action with fields it does not take is refused and nothing is stored", async () => {
    const room = await harness.newRoom();
    const jp = await joinAt(room, "Aiko", "JPN");
    await start(room);
    const before = room.seq;
    const junk = await room.act(jp.participant.id, {
      type: "criticise",
      target: "CHN",
      junk: "x".repeat(1000),
    });
    expect(junk).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    if (!junk.ok) expect(junk.error.issues?.[0]?.path).toBe("action.junk");
    expect(room.seq).toBe(before);
  });
});

describe("memory (defect 2)", () => {
  it("a finished game nobody watches leaves memory and comes back from its log on demand", async () => {
    const room = await harness.newRoom();
    const jp = await joinAt(room, "Aiko", "JPN");
    await start(room);
    await room.command({
      command: "end",
      against: { round: room.state.round, phase: room.state.phase },
    });
    const seq = room.seq;
    harness.broadcaster.attachedCount.set(room.id, 1);
    harness.clock.advance(EVICT_AFTER_MS.finished);
    expect(await harness.registry.evictIdle()).not.toContain(room.id);
    harness.broadcaster.attachedCount.set(room.id, 0);
    expect(await harness.registry.evictIdle()).toContain(room.id);
    expect(harness.registry.peek(room.id)).toBeUndefined();
    const back = await harness.registry.byRejoinToken(jp.token);
    expect(back?.room).not.toBe(room);
    expect(back?.room.seq).toBe(seq);
    expect(back?.room.isFinished).toBe(true);
  });

  it("a running game stays; a lobby nobody uses leaves after the idle time", async () => {
    const running = await harness.newRoom();
    await start(running);
    const lobby = await harness.newRoom();
    harness.clock.advance(EVICT_AFTER_MS.idle);
    const evicted = await harness.registry.evictIdle();
    expect(evicted).toContain(lobby.id);
    expect(evicted).not.toContain(running.id);
  });
});
