// Live games in this process: loaded from the database on first use (or at start, for
// games that were running when the server stopped), created by the sessions router.
import { createGame, loadPreset, parseScenario, type Scenario } from "@threatscape/engine";
import type { Database } from "@threatscape/db";
import type { Logger } from "../logger.ts";
import type { Broadcaster } from "./broadcaster.ts";
import { systemClock, type Clock } from "./clock.ts";
import {
  hashSecret,
  hashToken,
  newId,
  newJoinCode,
  newSecret,
  verifySecret,
} from "../sessions/secrets.ts";
import { GameRoom, seatId, type RoomSettings } from "./game-room.ts";

export type ScenarioChoice = { presetId: string } | { scenario: unknown };

export interface CreateSessionInput {
  title: string;
  scenario: ScenarioChoice;
  seed?: number;
  settings?: Partial<RoomSettings>;
}

export type CreateSessionResult =
  | { ok: true; gameId: string; joinCode: string; instructorSecret: string; staffSecret: string }
  | { ok: false; message: string; issues: { path: string; message: string }[] };

const DROPOUT_CHECK_MS = 5_000;

export class GameRegistry {
  private readonly rooms = new Map<string, GameRoom>();
  private readonly loading = new Map<string, Promise<GameRoom | null>>();
  private readonly dropoutTimer: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      db: Database;
      broadcaster: Broadcaster;
      logger: Logger;
      clock?: Clock;
    },
  ) {
    this.dropoutTimer = setInterval(() => {
      for (const room of this.rooms.values()) {
        room
          .checkDropouts()
          .catch((error: unknown) =>
            deps.logger.error({ err: error, gameId: room.id }, "dropout check failed"),
          );
      }
    }, DROPOUT_CHECK_MS);
    this.dropoutTimer.unref();
  }

  private get roomDeps() {
    const { db, broadcaster, logger, clock = systemClock } = this.deps;
    return { db, broadcaster, logger, clock };
  }

  /** The room if it is loaded in this process (no database read). */
  peek(gameId: string): GameRoom | undefined {
    return this.rooms.get(gameId);
  }

  get liveGames(): number {
    return [...this.rooms.values()].filter((room) => !room.isFinished).length;
  }

  /** Games that were live when the server stopped continue from their logs and deadlines. */
  async resumeUnfinished(): Promise<number> {
    const records = await this.deps.db.games.listUnfinished();
    for (const record of records) {
      const room = await this.get(record.id);
      await room?.resumeAfterRestart();
    }
    return records.length;
  }

  async get(gameId: string): Promise<GameRoom | null> {
    const live = this.rooms.get(gameId);
    if (live) return live;
    let pending = this.loading.get(gameId);
    if (!pending) {
      pending = (async () => {
        const record = await this.deps.db.games.findById(gameId);
        if (!record) return null;
        const room = await GameRoom.load(this.roomDeps, record);
        this.rooms.set(gameId, room);
        return room;
      })().finally(() => this.loading.delete(gameId));
      this.loading.set(gameId, pending);
    }
    return pending;
  }

  async byJoinCode(joinCode: string): Promise<GameRoom | null> {
    for (const room of this.rooms.values()) if (room.record.joinCode === joinCode) return room;
    const record = await this.deps.db.games.findByJoinCode(joinCode);
    return record ? this.get(record.id) : null;
  }

  async byRejoinToken(token: string) {
    const participant = await this.deps.db.participants.findByRejoinHash(hashToken(token));
    if (!participant || participant.kicked) return null;
    const room = await this.get(participant.gameId);
    return room ? { room, participantId: participant.id } : null;
  }

  /** Instructor or course-staff access to a game. */
  async authorise(gameId: string, secret: string, allowStaff: boolean): Promise<GameRoom | null> {
    const record = await this.deps.db.games.findById(gameId);
    if (!record) return null;
    const ok =
      (await verifySecret(secret, record.instructorHash)) ||
      (allowStaff && (await verifySecret(secret, record.staffHash)));
    return ok ? this.get(gameId) : null;
  }

  async create(input: CreateSessionInput): Promise<CreateSessionResult> {
    let scenario: Scenario;
    if ("presetId" in input.scenario) {
      const preset = loadPreset(input.scenario.presetId);
      if (!preset.ok)
        return { ok: false, message: preset.error.message, issues: preset.error.issues ?? [] };
      scenario = preset.scenario;
    } else {
      const parsed = parseScenario(input.scenario.scenario);
      if (!parsed.ok)
        return { ok: false, message: parsed.error.message, issues: parsed.error.issues ?? [] };
      scenario = parsed.scenario;
    }
    const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
    const check = createGame(scenario, { seed });
    if (!check.ok)
      return { ok: false, message: check.error.message, issues: check.error.issues ?? [] };

    let joinCode = newJoinCode();
    while (await this.deps.db.games.joinCodeTaken(joinCode)) joinCode = newJoinCode();
    const instructorSecret = newSecret();
    const staffSecret = newSecret();
    const gameId = newId("g");
    await this.deps.db.games.create({
      id: gameId,
      joinCode,
      instructorHash: await hashSecret(instructorSecret),
      staffHash: await hashSecret(staffSecret),
      title: input.title,
      scenarioId: scenario.id,
      scenario,
      seed,
      settings: input.settings ?? {},
      seats: scenario.states.map((state) => ({
        id: seatId(gameId, state.id),
        stateId: state.id,
        botPolicy: null,
      })),
    });
    await this.get(gameId);
    this.deps.logger.info({ gameId, scenario: scenario.id }, "session created");
    return { ok: true, gameId, joinCode, instructorSecret, staffSecret };
  }

  async close(): Promise<void> {
    clearInterval(this.dropoutTimer);
    await Promise.all([...this.rooms.values()].map((room) => room.close()));
  }
}
