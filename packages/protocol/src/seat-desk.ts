// The HTTP seat desk: how the plain-HTML join page (apps/web /join/<code>, no React, issue 13's
// 120 KB first-load budget) seats a student without a socket. The page POSTs JSON to
// `SeatDesk.join` or `SeatDesk.reclaim`; the bodies are the socket's own JoinSession and
// ReclaimSeat, parsed with the same limits, and refusals carry the same codes. The session
// preview the page shows is looked up by the classroom server (rate-limited per client
// address, like sessions.lookup) and handed to the page in `SeatDesk.previewHeader`.
import { z } from "zod";
import { AckError, GameStatus, StateId } from "./messages.ts";

export const SeatDesk = {
  /** POST, JSON JoinSession: a new participant. */
  join: "/seat/join",
  /** POST, JSON ReclaimSeat: one's own seat moved to this browser. */
  reclaim: "/seat/reclaim",
  /** Request header (set only by the server, never trusted from a client): a SessionPreviewResult, URI-encoded JSON. */
  previewHeader: "x-threatscape-join-preview",
} as const;

/**
 * What a student sees before joining (the public summary of one session). Text bounds are
 * the scenario's (4,000 characters per text, 40 states: apps/server limits/scenario-limits.ts).
 */
export const SessionPreview = z.object({
  joinCode: z.string().max(6),
  gameId: z.string().max(64),
  title: z.string().max(200),
  scenarioName: z.string().max(4000),
  scenarioYear: z.number().int(),
  status: GameStatus,
  states: z
    .array(
      z.object({
        stateId: StateId,
        name: z.string().max(4000),
        playable: z.boolean(),
        students: z.number().int().min(0),
      }),
    )
    .max(100),
});
export type SessionPreview = z.infer<typeof SessionPreview>;

export const SessionPreviewResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), data: SessionPreview }),
  z.object({ ok: z.literal(false), error: AckError }),
]);
export type SessionPreviewResult = z.infer<typeof SessionPreviewResult>;

/**
 * What a successful seat-desk POST answers: what the browser keeps to resume the seat, and the
 * seat PIN that moves it to another device (as the socket's `Joined`).
 */
export interface SeatTaken {
  gameId: string;
  participantId: string;
  rejoinToken: string;
  displayName: string;
  stateId: string | null;
  seatPin: string;
}
