// Who sits where: participants, their connections, the lobby as clients see it, absent seats
// under the dropout policy, and bot stand-ins. Decisions only: the room logs and publishes.
import type { ParticipantRecord } from "@threatscape/db";
import type { GameSnapshot, LobbySeat } from "@threatscape/protocol";
import type { GameState } from "@threatscape/engine";
import { audienceOfSeat, type Audience } from "./broadcaster.ts";

/** A participant as the room holds it; changed only through `Seating` (see `revision`). */
export interface LiveParticipant {
  readonly record: ParticipantRecord;
  readonly stateId: string | null;
  readonly connections: number;
  /** When the last connection closed (ms); null while connected or never seen. */
  readonly disconnectedAt: number | null;
}
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type Lobby = { seats: LobbySeat[]; unseated: GameSnapshot["unseated"] };

export class Seating {
  private readonly participants = new Map<string, Mutable<LiveParticipant>>();
  /**
   * Bumped by every change to a participant: the lobby is rebuilt only when it moved, so a
   * publish after a game action reuses the same lobby object (and skips comparing it).
   */
  private revision = 0;
  private lobbyMemo: { revision: number; state: GameState; lobby: Lobby } | null = null;
  /** States whose bot stands in for disconnected students (cleared when one returns). */
  readonly standIns: Set<string>;

  constructor(standIns: Iterable<string> = []) {
    this.standIns = new Set(standIns);
  }

  get(participantId: string): LiveParticipant | undefined {
    return this.participants.get(participantId);
  }

  all(): IterableIterator<LiveParticipant> {
    return this.participants.values();
  }

  add(
    record: ParticipantRecord,
    stateId: string | null,
    disconnectedAt: number | null,
  ): LiveParticipant {
    const participant = { record, stateId, connections: 0, disconnectedAt };
    this.participants.set(record.id, participant);
    this.revision += 1;
    return participant;
  }

  /** The students of a stored game (kicked ones excluded), each seated at its seat's state. */
  addStudents(
    records: readonly ParticipantRecord[],
    seats: readonly { id: string; stateId: string }[],
    disconnectedAt: number,
  ): void {
    for (const p of records) {
      if (p.kicked || p.role !== "student") continue;
      const stateId = seats.find((seat) => seat.id === p.seatId)?.stateId ?? null;
      this.add(p, stateId, disconnectedAt);
    }
  }

  remove(participantId: string): void {
    this.participants.delete(participantId);
    this.revision += 1;
  }

  /** Seats a participant at `stateId` (null: unseated). */
  move(participantId: string, stateId: string | null): void {
    const p = this.participants.get(participantId);
    if (!p) return;
    p.stateId = stateId;
    this.revision += 1;
  }

  /** Replaces a participant's stored record (after the database update). */
  updateRecord(record: ParticipantRecord): void {
    const p = this.participants.get(record.id);
    if (!p) return;
    p.record = record;
    this.revision += 1;
  }

  /** The audience a participant's connections belong to (null: not in this game). */
  audienceOf(participantId: string): Audience | null {
    const participant = this.participants.get(participantId);
    return participant ? audienceOfSeat(participant.stateId) : null;
  }

  /** States with at least one student seated (each is an audience of its own). */
  seatedStates(): string[] {
    const states = new Set<string>();
    for (const p of this.participants.values()) if (p.stateId) states.add(p.stateId);
    return [...states].sort();
  }

  connected(participantId: string): void {
    const p = this.participants.get(participantId);
    if (!p) return;
    p.connections += 1;
    p.disconnectedAt = null;
    this.revision += 1;
  }

  disconnected(participantId: string, now: number): void {
    const p = this.participants.get(participantId);
    if (!p) return;
    p.connections = Math.max(0, p.connections - 1);
    if (p.connections === 0) p.disconnectedAt = now;
    this.revision += 1;
  }

  /** Seats with students, none of them connected for `graceMs` or longer; sorted. */
  absentSeats(now: number, graceMs: number): string[] {
    const bySeat = new Map<string, LiveParticipant[]>();
    for (const p of this.participants.values())
      if (p.stateId) bySeat.set(p.stateId, [...(bySeat.get(p.stateId) ?? []), p]);
    return [...bySeat.entries()]
      .filter(([, seated]) =>
        seated.every(
          (p) =>
            p.connections === 0 && p.disconnectedAt !== null && now - p.disconnectedAt >= graceMs,
        ),
      )
      .map(([stateId]) => stateId)
      .sort();
  }

  /** Whether a student of `stateId` is connected (a stand-in hands the seat back). */
  hasConnected(stateId: string): boolean {
    for (const p of this.participants.values())
      if (p.stateId === stateId && p.connections > 0) return true;
    return false;
  }

  /**
   * The lobby block of every snapshot: seats with their students and bots, and the unseated.
   * The same object until a participant or the game's bots change.
   */
  lobby(state: GameState): Lobby {
    const memo = this.lobbyMemo;
    if (
      memo &&
      memo.revision === this.revision &&
      memo.state.bots === state.bots &&
      memo.state.scenario === state.scenario
    )
      return memo.lobby;
    const bySeat = new Map<string, LobbySeat["participants"]>();
    const unseated: GameSnapshot["unseated"] = [];
    for (const p of this.participants.values()) {
      const entry = {
        id: p.record.id,
        displayName: p.record.displayName,
        connected: p.connections > 0,
      };
      if (p.stateId === null) unseated.push(entry);
      else {
        const seated = bySeat.get(p.stateId);
        if (seated) seated.push(entry);
        else bySeat.set(p.stateId, [entry]);
      }
    }
    const seats = state.scenario.states.map((s) => ({
      stateId: s.id,
      name: s.name,
      playable: s.playable,
      participants: bySeat.get(s.id) ?? [],
      bot: state.bots[s.id] ?? null,
    }));
    const lobby = { seats, unseated };
    this.lobbyMemo = { revision: this.revision, state, lobby };
    return lobby;
  }

  /** Students connected per state (the instructor's dashboard). */
  connectionsByState(): Record<string, number> {
    const connected: Record<string, number> = {};
    for (const p of this.participants.values())
      if (p.stateId) connected[p.stateId] = (connected[p.stateId] ?? 0) + p.connections;
    return connected;
  }
}
