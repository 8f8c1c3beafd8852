// Taking a seat by join code, shared by the socket (access-handlers.ts) and the HTTP seat desk
// (http/seat-desk.ts): the same rate limits (limits/rate-limits.ts: what is guessed and who
// guesses are both counted) and the same refusals, whichever way the student came in.
import { ErrorCode, type Ack, type JoinSession, type ReclaimSeat } from "@threatscape/protocol";
import type { AccessLimits } from "../limits/rate-limits.ts";
import { failure } from "./acks.ts";
import type { GameRegistry } from "./game-registry.ts";
import type { GameRoom } from "./game-room.ts";

export const tooManyAttempts = failure(
  ErrorCode.rateLimited,
  "too many failed attempts from here: wait a minute and try again",
);
const noSuchCode = failure(
  ErrorCode.notFound,
  "no session has this code: check it on the instructor's screen",
);

export interface EntryContext {
  registry: GameRegistry;
  limits: AccessLimits;
  /** The client's address (limits/client-address.ts), what wrong guesses are counted against. */
  address: string;
  /** The request's `?game=` (the proxy's routing key; see GameRegistry.get). */
  route?: string | undefined;
}

/** A seat just taken: the room, the participant and their new rejoin token. */
export interface Entered {
  room: GameRoom;
  participantId: string;
  token: string;
}

/** The room of a join code, counting a wrong code against the address. */
export async function roomByCode(
  { registry, limits, address, route }: EntryContext,
  joinCode: string,
  mode: "own" | "view" = "own",
): Promise<GameRoom | Ack<never>> {
  if (!(await limits.mayTryCode(address, joinCode))) return tooManyAttempts;
  const room = await registry.byJoinCode(joinCode, mode, route);
  if (!room) {
    await limits.codeFailed(address);
    return noSuchCode;
  }
  await limits.codeWorked(address, joinCode);
  return room;
}

/** A new participant in the session of `payload.joinCode` (seat rules: seat-changes.ts join). */
export async function joinByCode(ctx: EntryContext, payload: JoinSession): Promise<Ack<Entered>> {
  const room = await roomByCode(ctx, payload.joinCode);
  if ("ok" in room) return room;
  const joined = await room.join(payload.displayName, payload.stateId);
  if (!joined.ok) return joined;
  return {
    ok: true,
    data: { room, participantId: joined.data.participant.id, token: joined.data.token },
  };
}

/**
 * The seat whose PIN this is, moved here: a new rejoin token; every connection of the seat
 * except `socketId` (the one taking it, if it is a socket) is told REPLACED and closed.
 */
export async function reclaimByCode(
  ctx: EntryContext,
  payload: ReclaimSeat,
  socketId?: string,
): Promise<Ack<Entered>> {
  // PINs are unguessable: a right one is never refused; the limit only bounds wrong ones.
  const mayTry = await ctx.limits.mayTryPin(ctx.address, payload.joinCode);
  const room = await roomByCode(ctx, payload.joinCode);
  if ("ok" in room) return room;
  const reclaimed = await room.reclaim(payload.seatPin, socketId);
  if (!reclaimed) {
    if (!mayTry) return tooManyAttempts;
    await ctx.limits.pinFailed(ctx.address, payload.joinCode);
    return failure(
      ErrorCode.notFound,
      "no seat has this PIN in this session: check it, or ask the instructor",
    );
  }
  return {
    ok: true,
    data: { room, participantId: reclaimed.participant.id, token: reclaimed.token },
  };
}
