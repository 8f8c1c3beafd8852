// The HTTP seat desk (protocol seat-desk.ts): the plain-HTML join page seats a student without
// a socket. POST /seat/join and /seat/reclaim take the socket's JoinSession and ReclaimSeat
// as JSON, with the socket boundary's limits (MAX_EVENT_BYTES, nesting) before the same zod
// schemas, go through the same seat-entry.ts (rate limits, seat rules) and answer the same
// Ack with the same refusal codes, plus a matching HTTP status. The rejoin token comes back
// in the response body, never in a URL; the page keeps it where /play reads it.
// Only `application/json` is accepted: a cross-site HTML form cannot send it, so another site
// cannot seat a visitor in a session behind their back.
// GET /join/<code>: the server looks the session up for the page (per client address, like
// sessions.lookup) and hands the result to the web app in SeatDesk.previewHeader.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  ErrorCode,
  JoinCode,
  JoinSession,
  ReclaimSeat,
  SeatDesk,
  SessionPreview,
  type Ack,
  type SeatTaken,
  type SessionPreviewResult,
} from "@threatscape/protocol";
import { MAX_EVENT_BYTES } from "../limits/input-limits.ts";
import type { Logger } from "../logger.ts";
import { badRequest, failure, ownershipRefusal } from "../live/acks.ts";
import { publicSummary } from "../live/projection.ts";
import { payloadProblem } from "../live/socket-boundary.ts";
import { seatPin } from "../live/seat-pins.ts";
import {
  joinByCode,
  reclaimByCode,
  roomByCode,
  type Entered,
  type EntryContext,
} from "../live/seat-entry.ts";

/** HTTP status of each refusal code (anything else is a 400). */
const STATUS: Record<string, number> = {
  [ErrorCode.badRequest]: 400,
  [ErrorCode.notFound]: 404,
  [ErrorCode.conflict]: 409,
  [ErrorCode.gameFinished]: 410,
  [ErrorCode.payloadTooLarge]: 413,
  [ErrorCode.rateLimited]: 429,
  [ErrorCode.internal]: 500,
  [ErrorCode.unavailable]: 503,
};

const isSeatPath = (pathname: string) =>
  pathname === SeatDesk.join || pathname === SeatDesk.reclaim;
export { isSeatPath };

function reply(res: ServerResponse, ack: Ack<unknown>, status?: number): void {
  res.writeHead(status ?? (ack.ok ? 200 : (STATUS[ack.error.code] ?? 400)), {
    "content-type": "application/json",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(ack));
}

/** The body as text, or null once it passes `limit` bytes (the rest is not read). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The JSON payload of a seat-desk request, or the refusal (the socket boundary's checks). */
async function payloadOf(req: IncomingMessage): Promise<{ payload: unknown } | Ack<never>> {
  const type = String(req.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim();
  if (type !== "application/json")
    return failure(
      ErrorCode.badRequest,
      "send the request as JSON (Content-Type: application/json)",
    );
  const text = await readBody(req, MAX_EVENT_BYTES);
  if (text === null)
    return failure(
      ErrorCode.payloadTooLarge,
      `the request is over ${MAX_EVENT_BYTES} bytes; the limit is ${MAX_EVENT_BYTES}`,
    );
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return failure(ErrorCode.badRequest, "the request is not JSON");
  }
  return payloadProblem(payload) ?? { payload };
}

const taken = ({ room, participantId, token }: Entered): Ack<SeatTaken> => {
  const participant = room.seating.get(participantId)!;
  return {
    ok: true,
    data: {
      gameId: room.id,
      participantId,
      rejoinToken: token,
      displayName: participant.record.displayName,
      stateId: participant.stateId,
      seatPin: seatPin(room.record.instructorHash, participantId),
    },
  };
};

/**
 * POST /seat/join or /seat/reclaim. Answers 200 with Ack<SeatTaken>, or the refusal's status
 * (400, 404, 409, 410, 413, 429, 503) with `{ ok: false, error: { code, message } }`;
 * a refused request changes nothing.
 */
export async function handleSeatDesk(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EntryContext & { logger: Logger },
): Promise<void> {
  const pathname = (req.url ?? "/").split("?")[0];
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    return reply(res, failure(ErrorCode.badRequest, `${pathname} takes POST only`), 405);
  }
  const read = await payloadOf(req);
  if ("ok" in read) {
    if (!read.ok && read.error.code === ErrorCode.payloadTooLarge)
      res.setHeader("connection", "close");
    return reply(res, read);
  }
  try {
    if (pathname === SeatDesk.join) {
      const parsed = JoinSession.safeParse(read.payload);
      if (!parsed.success) return reply(res, badRequest(parsed.error));
      const joined = await joinByCode(ctx, parsed.data);
      return reply(res, joined.ok ? taken(joined.data) : joined);
    }
    const parsed = ReclaimSeat.safeParse(read.payload);
    if (!parsed.success) return reply(res, badRequest(parsed.error));
    // No socket takes the seat here: every open connection of it is told REPLACED.
    const reclaimed = await reclaimByCode(ctx, parsed.data);
    return reply(res, reclaimed.ok ? taken(reclaimed.data) : reclaimed);
  } catch (error) {
    const refusal = ownershipRefusal(error);
    if (refusal) return reply(res, refusal);
    ctx.logger.error({ err: error, path: pathname }, "seat desk failed");
    return reply(
      res,
      failure(
        ErrorCode.internal,
        "the server could not complete this request; nothing was changed",
      ),
    );
  }
}

const joinPagePath = /^\/join\/([^/]{1,40})\/?$/;

/**
 * For GET /join/<code>: the session preview the page shows, or why there is none; null when
 * the path is not a join page or the code is malformed (the page explains that itself, and
 * a malformed code is not counted as a guess).
 */
export async function sessionPreview(
  pathname: string,
  ctx: EntryContext,
): Promise<SessionPreviewResult | null> {
  const raw = joinPagePath.exec(pathname)?.[1];
  if (raw === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw).replace(/[\s-]/g, "");
  } catch {
    return null;
  }
  const code = JoinCode.safeParse(decoded);
  if (!code.success) return null;
  const room = await roomByCode(ctx, code.data, "view");
  if ("ok" in room) return room;
  return { ok: true, data: SessionPreview.parse({ joinCode: code.data, ...publicSummary(room) }) };
}
