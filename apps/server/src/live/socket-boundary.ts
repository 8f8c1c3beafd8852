// The edge of the live layer, shared by every handler: size and nesting limits before the
// schema, the zod parse, one acknowledgement per request (never a throw), and an error ack
// for events no handler knows, so a client written from the reference always hears back.
import { ClientEvent, ErrorCode, type Ack } from "@threatscape/protocol";
import type { Socket } from "socket.io";
import type { z } from "zod";
import type { Logger } from "../logger.ts";
import { MAX_EVENT_BYTES, shapeProblem } from "../limits/input-limits.ts";
import { LIMITS, type Limit } from "../limits/rate-limits.ts";
import { badRequest, failure, ownershipRefusal } from "./acks.ts";

type Reply = (response: Ack<unknown>) => void;
type Listener = (payload: unknown, ...rest: unknown[]) => void;

const known = new Set<string>(Object.values(ClientEvent));

/** Why a payload is refused before parsing (too big, too deep), or null. */
export function payloadProblem(payload: unknown): Ack<never> | null {
  const shape = shapeProblem(payload);
  if (shape)
    return failure(ErrorCode.payloadTooLarge, `the request is ${shape}`, { reason: "TOO_DEEP" });
  let size = 0;
  try {
    size = JSON.stringify(payload ?? null).length;
  } catch {
    return failure(ErrorCode.badRequest, "the request is not JSON");
  }
  if (size > MAX_EVENT_BYTES)
    return failure(
      ErrorCode.payloadTooLarge,
      `the request is ${size} characters; the limit is ${MAX_EVENT_BYTES}`,
    );
  return null;
}

/**
 * Returns `on(event, schema, handler)` for one socket: the handler runs only with a payload
 * that passed the limits and the schema, and whatever happens the client gets one ack.
 */
export function boundary(socket: Socket, logger: Logger, events: Limit) {
  const raw = socket as unknown as { on(event: string, listener: Listener): void };
  // A flood from one connection (thousands of events, with or without acks) is refused
  // before any parsing or lookup, and the connection closed if it keeps on: one client must
  // not stall the process for everyone.
  let refused = 0;
  const flooding = async (): Promise<boolean> => {
    if (await events.take(socket.id)) return false;
    // Once: events already in flight keep arriving after the close and are refused too.
    if (++refused === LIMITS.floodRefusalsBeforeClose) {
      logger.warn({ socket: socket.id, refused }, "connection closed for flooding");
      // After the refusals already queued on it, so the client learns why.
      socket.disconnect();
    }
    return true;
  };
  // Unknown events: answered, never silently dropped (the last argument is the ack).
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === "string" && known.has(event)) return;
    const ack = args.at(-1);
    if (typeof ack === "function")
      (ack as Reply)(
        failure(ErrorCode.unknownEvent, `no such event: ${String(event).slice(0, 60)}`),
      );
  });

  return <S extends z.ZodType, R>(
    event: string,
    schema: S,
    handler: (payload: z.infer<S>) => Promise<Ack<R>>,
  ) => {
    raw.on(event, (...args: unknown[]) => {
      // The acknowledgement is the last argument, whatever a client put between; a request
      // sent with no payload at all (`emitWithAck(event)`) has it first, and is answered too.
      const ack = args.at(-1);
      const reply: Reply = typeof ack === "function" ? (ack as Reply) : () => {};
      const payload = args.length > 1 || typeof ack !== "function" ? args[0] : undefined;
      void flooding().then((flood) => {
        if (flood)
          return reply(
            failure(ErrorCode.rateLimited, "too many requests on this connection: slow down"),
          );
        handle(reply, payload);
      });
    });
    const handle = (reply: Reply, payload: unknown) => {
      try {
        const problem = payloadProblem(payload);
        if (problem) return reply(problem);
        const parsed = schema.safeParse(payload);
        if (!parsed.success) return reply(badRequest(parsed.error));
        handler(parsed.data).then(reply, (error: unknown) => {
          const refusal = ownershipRefusal(error);
          if (refusal) {
            reply(refusal);
            // "Try again in a moment" is a reconnection: the client comes back through the
            // proxy, which by then routes to the game's owner, and binds again (a connection
            // left open here would stay bound to nothing).
            setTimeout(() => socket.conn.close(), 200).unref();
            return;
          }
          logger.error({ err: error, event }, "socket handler failed");
          reply(
            failure(
              ErrorCode.internal,
              "the server could not complete this request; nothing was changed",
            ),
          );
        });
      } catch (error) {
        logger.error({ err: error, event }, "socket boundary failed");
        reply(failure(ErrorCode.internal, "the request could not be read; nothing was changed"));
      }
    };
  };
}
