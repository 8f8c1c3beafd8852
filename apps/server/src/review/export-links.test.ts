import { describe, expect, it } from "vitest";
import {
  checkExportToken,
  EXPORT_LINK_TTL_MS,
  ExportToken,
  signExportToken,
} from "./export-links.ts";

const key = { instructorHash: "scrypt$salt$instructor", staffHash: "scrypt$salt$staff" };
const now = 1_780_000_000_000;

describe("signed export links", () => {
  it("accepts its own token until it expires, then refuses it as LINK_EXPIRED", () => {
    const token = signExportToken(key, "g_1", "events.csv", now);
    expect(ExportToken.safeParse(token).success).toBe(true);
    expect(checkExportToken(key, "g_1", "events.csv", token, now + 1)).toEqual({ ok: true });
    expect(checkExportToken(key, "g_1", "events.csv", token, now + EXPORT_LINK_TTL_MS)).toEqual({
      ok: true,
    });
    expect(checkExportToken(key, "g_1", "events.csv", token, now + EXPORT_LINK_TTL_MS + 1)).toEqual(
      { ok: false, code: "LINK_EXPIRED" },
    );
  });

  it("refuses a forged, stretched or misapplied token as LINK_INVALID", () => {
    const token = signExportToken(key, "g_1", "events.csv", now);
    const [expires, mac] = token.split(".") as [string, string];
    const invalid = { ok: false, code: "LINK_INVALID" };
    // Another file or game, a later expiry with the same signature, a flipped signature.
    expect(checkExportToken(key, "g_1", "messages.csv", token, now)).toEqual(invalid);
    expect(checkExportToken(key, "g_2", "events.csv", token, now)).toEqual(invalid);
    const stretched = `${Number(expires) + 3_600_000}.${mac}`;
    expect(checkExportToken(key, "g_1", "events.csv", stretched, now)).toEqual(invalid);
    const flipped = `${expires}.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}`;
    expect(checkExportToken(key, "g_1", "events.csv", flipped, now)).toEqual(invalid);
    // Signed with another game's hashes (or after the secrets changed).
    const other = { instructorHash: "scrypt$salt$other", staffHash: key.staffHash };
    expect(checkExportToken(other, "g_1", "events.csv", token, now)).toEqual(invalid);
    expect(checkExportToken(key, "g_1", "events.csv", "nonsense", now)).toEqual(invalid);
  });
});
