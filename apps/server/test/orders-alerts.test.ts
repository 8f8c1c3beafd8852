// The instructor's orders-phase helpers on the live room (room.test.ts style: real SQLite,
// recording broadcaster, manual clock): the reminder to the states whose orders are not in,
// and "advance when all orders are in". Both are instructor commands, logged.
import { ServerEvent, type ChatMessage } from "@threatscape/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGame } from "@threatscape/engine";
import type { GameRoom } from "../src/live/game-room.ts";
import { foldRoomLog } from "../src/live/room-log.ts";
import { roomHarness, settle, phaseKey, type Harness, seatStudent } from "./room-harness.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await roomHarness();
});
afterAll(() => harness.close());

/** Two students (Japan, South Korea), bots elsewhere, advanced to the orders phase. */
async function inOrders() {
  const room = await harness.newRoom();
  const aiko = await seatStudent(room, "Aiko", "JPN");
  const min = await seatStudent(room, "Min", "KOR");
  expect((await room.command({ command: "start", fillWithBots: "walt" })).ok).toBe(true);
  expect((await room.command({ command: "advance", against: phaseKey(room) })).ok).toBe(true);
  await settle(room);
  expect(room.state.phase).toBe("orders");
  return { room, aiko, min };
}
const submit = (room: GameRoom, participantId: string) =>
  room.act(participantId, { type: "submit-orders", orders: [] });
const logged = async (room: GameRoom, type: string) =>
  (await harness.db.events.list(room.id)).filter((e) => e.type === type);

describe("who hasn't submitted: the reminder", () => {
  it("names only the states still to submit, in a forum post every student receives, and is logged", async () => {
    const { room, aiko } = await inOrders();
    expect((await submit(room, aiko)).ok).toBe(true);
    harness.broadcaster.clear();
    const sent = await room.command({ command: "remind" });
    expect(sent).toEqual({ ok: true, data: { states: ["KOR"] } });
    const posts = harness.broadcaster.sent.filter((s) => s.event === ServerEvent.message);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    // The public channel reaches every seat (and the instructor and the projector).
    expect(post.to).toEqual(expect.arrayContaining(["state:JPN", "state:KOR", "instructor"]));
    const message = post.payload as ChatMessage;
    expect(message.channel).toBe("public");
    expect(message.body).toContain("Still waiting for South Korea.");
    expect(message.body).not.toContain("Japan");
    expect(await logged(room, "instructor:reminded")).toEqual([
      expect.objectContaining({ actor: "instructor", payload: { round: 1, states: ["KOR"] } }),
    ]);
  });

  it("is refused with CONFLICT outside the orders phase and when everyone has submitted", async () => {
    const room = await harness.newRoom();
    await seatStudent(room, "Aiko", "JPN");
    expect((await room.command({ command: "start", fillWithBots: "walt" })).ok).toBe(true);
    const early = await room.command({ command: "remind" });
    expect(early.ok ? null : early.error.code).toBe("CONFLICT");
    const { room: ordersRoom, aiko, min } = await inOrders();
    await submit(ordersRoom, aiko);
    // Without the setting, the last submission does not end the phase.
    await submit(ordersRoom, min);
    await settle(ordersRoom);
    expect(ordersRoom.state.phase).toBe("orders");
    const none = await ordersRoom.command({ command: "remind" });
    expect(none.ok ? null : none.error.message).toBe("every state has submitted");
    expect(await logged(ordersRoom, "instructor:reminded")).toHaveLength(0);
  });
});

describe("advance when all orders are in", () => {
  it("ends the orders phase on the last student's submission, logged as auto-advance; the setting is folded back on a restart", async () => {
    const { room, aiko, min } = await inOrders();
    expect((await room.command({ command: "set-auto-advance", enabled: true })).ok).toBe(true);
    expect(room.settings).toMatchObject({ advanceWhenAllIn: true });
    await submit(room, aiko);
    await settle(room);
    expect(room.state.phase).toBe("orders"); // Korea is not in yet
    await submit(room, min);
    await settle(room);
    expect(room.state.phase).toBe("news");
    expect(room.state.rounds[0]!.actual).toBeDefined();
    const advances = (await harness.db.events.list(room.id)).filter(
      (e) => e.actor === "auto-advance",
    );
    expect(advances).toHaveLength(1);
    expect(await logged(room, "settings:changed")).toEqual([
      expect.objectContaining({ payload: { settings: { advanceWhenAllIn: true } } }),
    ]);
    // A restarted room folds the setting back from the log.
    const created = createGame(room.record.scenario, { seed: room.record.seed });
    if (!created.ok) throw new Error(created.error.message);
    const folded = foldRoomLog(created.state, await harness.db.events.list(room.id));
    expect(folded.settings).toMatchObject({ advanceWhenAllIn: true });
  });

  it("turned on when every order is already in, advances at once; turned off, waits for the clock", async () => {
    const { room, aiko, min } = await inOrders();
    await submit(room, aiko);
    await submit(room, min);
    await settle(room);
    expect(room.state.phase).toBe("orders");
    await room.command({ command: "set-auto-advance", enabled: true });
    await settle(room);
    expect(room.state.phase).toBe("news");

    const second = await inOrders();
    await second.room.command({ command: "set-auto-advance", enabled: true });
    await second.room.command({ command: "set-auto-advance", enabled: false });
    await submit(second.room, second.aiko);
    await submit(second.room, second.min);
    await settle(second.room);
    expect(second.room.state.phase).toBe("orders");
  });
});
