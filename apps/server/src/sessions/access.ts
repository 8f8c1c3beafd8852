// Instructor and course-staff access to a game by secret, shared by every door (sockets,
// tRPC, /export) so that each is rate-limited the same way.
import type { AccessLimits, SecretOwner } from "../limits/rate-limits.ts";
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
  /** `own` for live commands (sockets); `view` for reads (tRPC, exports; see registry.view). */
  mode: "own" | "view" = "own",
  /** The request's `?game=` (the proxy's routing key; see GameRegistry.get). */
  route?: string,
): Promise<GameRoom | null | "limited"> {
  const record = await registry.record(gameId);
  const accepts = (owner: SecretOwner) => owner === "instructor" || allowStaff;
  // An unknown game counts like a wrong secret (nothing to learn from the difference).
  const verdict = await limits.checkSecret(address, gameId, secret, accepts, async () => {
    if (!record) return null;
    if (await verifySecret(secret, record.instructorHash)) return "instructor";
    return (await verifySecret(secret, record.staffHash)) ? "staff" : null;
  });
  if (verdict === "limited") return "limited";
  if (verdict !== "ok" || !record) return null;
  // The secret is proven: the game's id routes too (GameRegistry.get, routesTo).
  return mode === "own" ? registry.get(gameId, route, true) : registry.view(gameId);
}
