// A game folded from its log for reading only, on a process that does not own it (cluster):
// tRPC queries and exports are answered without pulling the game away from its owner.
// It publishes to nobody and refuses to append (a write on a copy would race the owner).
import type { Database, GameRecord } from "@threatscape/db";
import type { Broadcaster } from "./broadcaster.ts";
import { GameRoom, type RoomDeps } from "./game-room.ts";

/** A write was attempted on a read-only copy: it must go through the game's owner. */
export class ReadOnlyCopyError extends Error {
  constructor(gameId: string) {
    super(`game ${gameId} is live on another process: only its owner appends`);
  }
}

const silent = () => ({ emit: () => {} });
const nobody: Broadcaster = {
  to: silent,
  toParticipant: silent,
  moveParticipant: () => {},
  disconnectParticipant: () => {},
  attached: () => 0,
};

/** Loads `record` from its log (the same fold as the owner's), with no lease and no timers. */
export function readOnlyCopy(deps: RoomDeps, record: GameRecord): Promise<GameRoom> {
  const db: Database = {
    ...deps.db,
    events: {
      ...deps.db.events,
      append: () => Promise.reject(new ReadOnlyCopyError(record.id)),
    },
  };
  return GameRoom.load({ ...deps, db, broadcaster: nobody }, record);
}
