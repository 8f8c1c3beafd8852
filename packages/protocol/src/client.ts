// The client side of the seam, shared by the web app, the server's tests and the load tests:
// one typed request helper (payload and reply types come from ClientToServerEvents, so no
// client casts a wire type) and one store that keeps a snapshot current from deltas.
// Default import: the package is CommonJS for Node and ESM (with a default export) for bundlers.
import fastJsonPatch from "fast-json-patch";
import { ErrorCode } from "./errors.ts";
import type { Ack, AckCallback, GameDelta, GameSnapshot, SnapshotBody } from "./messages.ts";
import type { ClientToServerEvents } from "./socket-types.ts";

const { applyPatch, deepClone } = fastJsonPatch;

export type RequestEvent = keyof ClientToServerEvents;
export type RequestPayload<E extends RequestEvent> = Parameters<ClientToServerEvents[E]>[0];
export type RequestReply<E extends RequestEvent> =
  Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;

/** The part of a Socket.IO client socket `request` needs (socket.io-client's `Socket` fits). */
export interface RequestSocket {
  timeout(ms: number): object;
}
type UntypedEmitter = {
  emit(
    event: string,
    payload: unknown,
    callback: (error: Error | null, reply: unknown) => void,
  ): unknown;
};

/**
 * Sends `event` with `payload` and resolves with the server's acknowledgement. Never
 * rejects: a timeout or a lost connection resolves as `{ ok: false, error: { code: "TIMEOUT" } }`.
 */
export function request<E extends RequestEvent>(
  socket: RequestSocket,
  event: E,
  payload: RequestPayload<E>,
  timeoutMs = 10_000,
): Promise<Ack<RequestReply<E>>> {
  return new Promise((resolve) => {
    // socket.io-client types `emit` per event; the signature above already ties them together.
    (socket.timeout(timeoutMs) as UntypedEmitter).emit(event, payload, (error, reply) => {
      if (error)
        resolve({
          ok: false,
          error: { code: "TIMEOUT", message: "the server did not answer: check your connection" },
        });
      else resolve(reply as Ack<RequestReply<E>>);
    });
  });
}

/** What `SnapshotStore.applyDelta` did: a gap means the caller should ask for `game:sync`. */
export type DeltaOutcome = "applied" | "ignored" | "gap";

/**
 * One audience's snapshot kept current from `game:delta`s. Deltas at or below the held
 * version are ignored (a snapshot overtook them); a delta from another version is a gap.
 */
export class SnapshotStore {
  private current: GameSnapshot | null = null;
  /** Server clock minus local clock (ms), from the last snapshot or delta received. */
  clockOffsetMs = 0;

  get snapshot(): GameSnapshot | null {
    return this.current;
  }

  /**
   * A full snapshot always replaces what is held: on one connection it never overtakes the
   * deltas sent before it, and after a server restart or a room reload versions start again.
   */
  applySnapshot(snapshot: GameSnapshot, receivedAt = Date.now()): boolean {
    this.current = snapshot;
    this.clockOffsetMs = snapshot.serverTime - receivedAt;
    return true;
  }

  applyDelta(delta: GameDelta, receivedAt = Date.now()): DeltaOutcome {
    const held = this.current;
    if (!held || held.gameId !== delta.gameId) return "gap";
    // A delta of the audience this client just left (seat change) is not for it.
    if (held.audience !== delta.audience) return "ignored";
    if (delta.to <= held.version) return "ignored";
    if (delta.from !== held.version) return "gap";
    const { serverTime: _clock, ...body } = held;
    try {
      // Patch a copy: React state and earlier snapshots stay untouched.
      const next = applyPatch(
        deepClone(body) as SnapshotBody,
        delta.patch,
        true,
        false,
      ).newDocument;
      this.current = { ...next, version: delta.to, serverTime: delta.serverTime };
      this.clockOffsetMs = delta.serverTime - receivedAt;
      return "applied";
    } catch {
      return "gap";
    }
  }

  clear(): void {
    this.current = null;
  }
}

/** A refusal code clients may want to treat specially. */
export const isStale = (ack: Ack<unknown>) => !ack.ok && ack.error.code === ErrorCode.stale;
