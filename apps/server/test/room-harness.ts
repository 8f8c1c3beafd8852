// The room without a network (boardgame.io's master.test.ts): a real SQLite file, a
// broadcaster that records what it was asked to send, and a clock the test moves by hand.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, sqliteTargetIn, type Database } from "@threatscape/db";
import type { ServerToClientEvents } from "@threatscape/protocol";
import { SnapshotStore } from "@threatscape/protocol";
import type { Audience, Broadcaster } from "../src/live/broadcaster.ts";
import type { Clock } from "../src/live/clock.ts";
import { GameRegistry } from "../src/live/game-registry.ts";
import type { GameRoom } from "../src/live/game-room.ts";
import { createLogger } from "../src/logger.ts";

export class ManualClock implements Clock {
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 0;
  constructor(public time = Date.UTC(2026, 10, 30, 9, 0, 0)) {}
  now = () => this.time;
  setTimer = (ms: number, fn: () => void) => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + Math.max(0, ms), fn, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  };
  /** Moves time forward, firing due timers in order (each may arm new ones). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = end;
  }
}

export interface Sent {
  to: string[];
  event: keyof ServerToClientEvents;
  payload: unknown;
}

export class RecordingBroadcaster implements Broadcaster {
  sent: Sent[] = [];
  moves: { participantId: string; from: Audience; to: Audience }[] = [];
  disconnected: string[] = [];
  notices: { participantId: string; code: string }[] = [];
  private record(to: string[]) {
    return {
      emit: ((event: keyof ServerToClientEvents, payload: unknown) => {
        this.sent.push({ to, event, payload });
      }) as never,
    };
  }
  to = (_gameId: string, audiences: readonly Audience[]) => this.record([...audiences]);
  toParticipant = (participantId: string) => this.record([`participant:${participantId}`]);
  moveParticipant = (_gameId: string, participantId: string, from: Audience, to: Audience) => {
    this.moves.push({ participantId, from, to });
  };
  disconnectParticipant = (participantId: string, notice: { code: string }) => {
    this.disconnected.push(participantId);
    this.notices.push({ participantId, code: notice.code });
  };
  /** Connections attached per game (tests set it; eviction reads it). */
  attachedCount = new Map<string, number>();
  attached = (gameId: string) => this.attachedCount.get(gameId) ?? 0;
  /** What reached an audience (or participant room) of this name. */
  to_(name: string, event?: keyof ServerToClientEvents): Sent[] {
    return this.sent.filter((s) => s.to.includes(name) && (!event || s.event === event));
  }
  clear(): void {
    this.sent = [];
  }
}

export interface Harness {
  db: Database;
  clock: ManualClock;
  broadcaster: RecordingBroadcaster;
  registry: GameRegistry;
  dataDir: string;
  /** A new game on the East Asia 2017 preset (phases 60 s / 45 s / 10 s). */
  newRoom(settings?: Record<string, unknown>): Promise<GameRoom>;
  /** Reopens the same database as a fresh process would (restart). */
  restart(): Promise<Harness>;
  close(): Promise<void>;
}

export async function roomHarness(
  dataDir = mkdtempSync(path.join(os.tmpdir(), "room-")),
  clock = new ManualClock(),
): Promise<Harness> {
  const db = await openDatabase(sqliteTargetIn(dataDir));
  const broadcaster = new RecordingBroadcaster();
  const registry = new GameRegistry({ db, broadcaster, logger: createLogger("silent"), clock });
  const harness: Harness = {
    db,
    clock,
    broadcaster,
    registry,
    dataDir,
    async newRoom(settings = {}) {
      const created = await registry.create({
        title: "room test",
        scenario: { presetId: "east-asia-2017" },
        seed: 7,
        settings: { phaseSeconds: { negotiation: 60, orders: 45, news: 10 }, ...settings },
      });
      if (!created.ok) throw new Error(created.message);
      return (await registry.get(created.gameId))!;
    },
    async restart() {
      await registry.close();
      await db.close();
      return roomHarness(dataDir, clock);
    },
    async close() {
      await registry.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Runs the room's pending publish (setImmediate) and queued work. */
export async function settle(room: GameRoom): Promise<void> {
  await room.idle();
  await new Promise((resolve) => setImmediate(resolve));
  await room.idle();
}

/** Applies every snapshot and delta an audience was sent, as a client would. */
export function replayAudience(broadcaster: RecordingBroadcaster, audience: string): SnapshotStore {
  const store = new SnapshotStore();
  for (const sent of broadcaster.sent)
    if (sent.to.includes(audience) && sent.event === "game:delta")
      store.applyDelta(sent.payload as never);
  return store;
}

export const phaseKey = (room: GameRoom) => ({
  round: room.state.round,
  phase: room.status === "lobby" ? ("lobby" as const) : room.state.phase,
});

/** Joins `name` at `stateId` and connects them; the participant id. Throws if refused. */
export async function seatStudent(room: GameRoom, name: string, stateId: string) {
  const joined = await room.join(name, stateId);
  if (!joined.ok) throw new Error(joined.error.message);
  await room.onConnect(joined.data.participant.id);
  return joined.data.participant.id;
}
