// @threatscape/db: storage behind repositories. Only apps/server imports this package.
export { openDatabase, type Database, type OpenDatabaseOptions } from "./database.ts";
export {
  adapterFactoryFor,
  databaseTarget,
  DatabaseUrl,
  sqliteTargetIn,
  type DatabaseTarget,
} from "./database-target.ts";
export { applyPendingMigrations, createMigration } from "./migrations.ts";
export type {
  GameRecord,
  GameStatus,
  NewGame,
  SeatRecord,
} from "./repositories/game-repository.ts";
export {
  SequenceConflictError,
  type Fence,
  type LoggedEvent,
} from "./repositories/event-log-repository.ts";
export {
  LeaseLostError,
  RELEASED,
  type AcquireResult,
  type Lease,
} from "./repositories/lease-repository.ts";
export type { StateSnapshot } from "./repositories/snapshot-repository.ts";
export type { ParticipantRecord, ParticipantRole } from "./repositories/participant-repository.ts";
export type { MessageRecord } from "./repositories/message-repository.ts";
export type { AnnotationRecord, NewAnnotation } from "./repositories/annotation-repository.ts";
