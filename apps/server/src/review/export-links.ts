// Short-lived signed export links, so a download never carries a secret in its URL (issue 13,
// defect 7). The link names the game, table and format and expires after EXPORT_LINK_TTL_MS;
// its signature is an HMAC-SHA256 keyed by the game's stored secret hashes, which only the
// server holds (every server of a scaled-out deployment reads the same record, so any of them
// can check a link another signed) and which change if the secrets are ever rotated.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** How long a signed export link works: long enough to click, too short to be worth sharing. */
export const EXPORT_LINK_TTL_MS = 60_000;

/** `<expiry ms since epoch>.<base64url HMAC>`; parsed with size limits at the /export boundary. */
export const ExportToken = z
  .string()
  .max(120)
  .regex(/^\d{13}\.[A-Za-z0-9_-]{43}$/, "not an export link token");

export interface LinkKey {
  instructorHash: string;
  staffHash: string | null;
}

function signature(key: LinkKey, gameId: string, file: string, expires: number): string {
  return createHmac("sha256", `${key.instructorHash}|${key.staffHash ?? ""}`)
    .update(`export|${gameId}|${file}|${expires}`)
    .digest("base64url");
}

/**
 * A token for `/export/<gameId>/<file>?token=…` (`file` e.g. `events.csv`, `workbook.xlsx`)
 * valid until `now + EXPORT_LINK_TTL_MS` (ms since epoch).
 */
export function signExportToken(key: LinkKey, gameId: string, file: string, now: number): string {
  const expires = now + EXPORT_LINK_TTL_MS;
  return `${expires}.${signature(key, gameId, file, expires)}`;
}

export type TokenCheck = { ok: true } | { ok: false; code: "LINK_EXPIRED" | "LINK_INVALID" };

/** Checks a token for this game and file at `now` (ms); forged or for another file: invalid. */
export function checkExportToken(
  key: LinkKey,
  gameId: string,
  file: string,
  token: string,
  now: number,
): TokenCheck {
  const [expiresText, mac] = token.split(".");
  const expires = Number(expiresText);
  const expected = Buffer.from(signature(key, gameId, file, expires));
  const given = Buffer.from(mac ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, code: "LINK_INVALID" };
  return expires < now ? { ok: false, code: "LINK_EXPIRED" } : { ok: true };
}
