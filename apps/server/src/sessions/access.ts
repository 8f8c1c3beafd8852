// Instructor and course-staff access to a game by secret, shared by every door (sockets,
// tRPC, /export) so that each is rate-limited the same way.
import type { AccessLimits } from "../limits/rate-limits.ts";
import type { GameRegistry } from "../live/game-registry.ts";
import type { GameRoom } from "../live/game-room.ts";
import { verifySecret } from "./secrets.ts";

/**
 * Instructor (or, with `allowStaff`, course-staff) access to a game, rate-limited per game
 * and per address; "limited" when refused without checking. Used by sockets, tRPC and /export.
 */
export async function authorise(
  registry: GameRegistry,
  limits: AccessLimits,
  address: string,
  gameId: string,
  secret: string,
  allowStaff: boolean,
): Promise<GameRoom | null | "limited"> {
  const record = await registry.record(gameId);
  if (!record) {
    // An unknown game counts like a wrong secret (nothing to learn from the difference).
    await limits.checkSecret(address, gameId, "none", secret, async () => false);
    return null;
  }
  const verdict = await limits.checkSecret(
    address,
    gameId,
    allowStaff ? "staff" : "instructor",
    secret,
    async () =>
      (await verifySecret(secret, record.instructorHash)) ||
      (allowStaff && (await verifySecret(secret, record.staffHash))),
  );
  if (verdict === "limited") return "limited";
  return verdict === "ok" ? registry.get(gameId) : null;
}
