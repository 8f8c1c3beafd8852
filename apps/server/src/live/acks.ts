// Acknowledgements, built in one place: every refusal the live layer sends is a code from
// the protocol and a message a student understands; bad payloads also name each bad field.
import { ErrorCode, type Ack, type AckError } from "@threatscape/protocol";
import type { z } from "zod";
import { isGameMoving, WrongRouteError, wrongRouteMessage } from "./ownership.ts";

export function failure(code: string, message: string, extra?: Partial<AckError>): Ack<never> {
  return { ok: false, error: { code, message, ...extra } };
}

export function badRequest(error: z.ZodError): Ack<never> {
  return failure(ErrorCode.badRequest, "the request is malformed", {
    issues: error.issues.map((issue) => ({
      path: issue.path.join(".") || "(payload)",
      message: issue.message,
    })),
  });
}

/**
 * The refusal for a request whose game is moving between server processes or lives on
 * another one (scale-out; nothing was changed), or null for any other error.
 */
export function ownershipRefusal(error: unknown): Ack<never> | null {
  if (error instanceof WrongRouteError) return failure(ErrorCode.unavailable, wrongRouteMessage);
  if (isGameMoving(error))
    return failure(
      ErrorCode.unavailable,
      "this game is moving to another server: try again in a moment; nothing was changed",
    );
  return null;
}
