// A new session: the scenario (a preset or an uploaded one, size-checked and parsed), a
// check that the engine can start it, a free join code, hashed secrets and one seat per state.
import { createGame, loadPreset, parseScenario, type Scenario } from "@threatscape/engine";
import type { Database } from "@threatscape/db";
import { scenarioSizeProblem } from "../limits/scenario-limits.ts";
import { seatId, type RoomSettings } from "../live/game-room.ts";
import { hashSecret, newId, newJoinCode, newSecret } from "./secrets.ts";

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

/**
 * Stores a new session and returns its id, join code and the two secrets (shown once), or
 * why the scenario was refused (message and per-field issues). Nothing is stored on refusal.
 */
export async function createSession(
  db: Database,
  input: CreateSessionInput,
): Promise<CreateSessionResult> {
  let scenario: Scenario;
  if ("presetId" in input.scenario) {
    const preset = loadPreset(input.scenario.presetId);
    if (!preset.ok)
      return { ok: false, message: preset.error.message, issues: preset.error.issues ?? [] };
    scenario = preset.scenario;
  } else {
    const tooLarge = scenarioSizeProblem(input.scenario.scenario);
    if (tooLarge) return { ok: false, ...tooLarge };
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
  while (await db.games.joinCodeTaken(joinCode)) joinCode = newJoinCode();
  const instructorSecret = newSecret();
  const staffSecret = newSecret();
  const gameId = newId("g");
  await db.games.create({
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
  return { ok: true, gameId, joinCode, instructorSecret, staffSecret };
}
