// Who sits where: participants, their connections, the lobby as clients see it, absent seats
// under the dropout policy, and bot stand-ins. Decisions only: the room logs and publishes.
import type { ParticipantRecord } from "@threatscape/db";
import type { GameSnapshot, LobbySeat } from "@threatscape/protocol";
import type { GameState } from "@threatscape/engine";
import { audienceOfSeat, type Audience } from "./broadcaster.ts";

export interface LiveParticipant {
  record: ParticipantRecord;
  stateId: string | null;
  connections: number;
  /** When the last connection closed (ms); null while connected or never seen. */
  disconnectedAt: number | null;
}

export class Seating {
  private readonly participants = new Map<string, LiveParticipant>();
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
  }

  disconnected(participantId: string, now: number): void {
    const p = this.participants.get(participantId);
    if (!p) return;
    p.connections = Math.max(0, p.connections - 1);
    if (p.connections === 0) p.disconnectedAt = now;
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

  /** The lobby block of every snapshot: seats with their students and bots, and the unseated. */
  lobby(state: GameState): { seats: LobbySeat[]; unseated: GameSnapshot["unseated"] } {
    const entry = (p: LiveParticipant) => ({
      id: p.record.id,
      displayName: p.record.displayName,
      connected: p.connections > 0,
    });
    const all = [...this.participants.values()];
    const seats = state.scenario.states.map((s) => ({
      stateId: s.id,
      name: s.name,
      playable: s.playable,
      participants: all.filter((p) => p.stateId === s.id).map(entry),
      bot: state.bots[s.id] ?? null,
    }));
    return { seats, unseated: all.filter((p) => p.stateId === null).map(entry) };
  }

  /** Students connected per state (the instructor's dashboard). */
  connectionsByState(): Record<string, number> {
    const connected: Record<string, number> = {};
    for (const p of this.participants.values())
      if (p.stateId) connected[p.stateId] = (connected[p.stateId] ?? 0) + p.connections;
    return connected;
  }
}
