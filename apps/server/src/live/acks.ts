// Acknowledgements, built in one place: every refusal the live layer sends is a code from
// the protocol and a message a student understands; bad payloads also name each bad field.
import { ErrorCode, type Ack, type AckError } from "@threatscape/protocol";
import type { z } from "zod";

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
