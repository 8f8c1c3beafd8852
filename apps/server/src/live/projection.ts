// Who sees what, computed once per audience per change and sent as what changed. Every
// payload leaving the room passes through `viewFor` (boardgame.io's filter-player-view): the
// public viewer for projectors and unseated students, the state viewer for each seat, the
// instructor viewer for the instructor. Each audience has its own version, bumped only when
// what it sees changes, so nobody can tell from a counter that someone else acted.
import {
  gameBlocs,
  viewFor,
  type GameState,
  type GameView,
  type Viewer,
} from "@threatscape/engine";
import type {
  BotActionRecord,
  Dashboard,
  GameDelta,
  GameSnapshot,
  LiveScenario,
  SnapshotBody,
} from "@threatscape/protocol";
import fastJsonPatch from "fast-json-patch";
import type { Audience } from "./broadcaster.ts";
import type { Channels } from "./channels.ts";
import type { Seating } from "./seating.ts";

const { compare } = fastJsonPatch;

/** The room-level blocks of a snapshot that are the same for every audience. */
export interface RoomBlocks {
  gameId: string;
  title: string;
  joinCode: string;
  timing: GameSnapshot["timing"];
  lobby: GameSnapshot["lobby"];
  unseated: GameSnapshot["unseated"];
  settings: GameSnapshot["settings"];
  /** Every bot action of the game; each audience gets only its own (`bodyFor`). */
  botActions: readonly BotActionRecord[];
}

export function viewerOf(audience: Audience): Viewer {
  if (audience === "instructor") return { kind: "instructor" };
  if (audience === "screen" || audience === "unseated") return { kind: "public" };
  return { kind: "state", stateId: audience.slice("state:".length) };
}

function bodyFor(source: GameView, audience: Audience, blocks: RoomBlocks): SnapshotBody {
  const { scenario: _scenario, ...view } = source;
  const stateId = audience.startsWith("state:") ? audience.slice("state:".length) : null;
  const role =
    audience === "instructor" ? "instructor" : audience === "screen" ? "screen" : "student";
  const { botActions: all, ...room } = blocks;
  // A state sees what bots did in its own name; the instructor sees every state's.
  const botActions =
    audience === "instructor" ? [...all] : stateId ? all.filter((a) => a.stateId === stateId) : [];
  return {
    ...room,
    version: 0,
    audience,
    you: { role, participantId: null, stateId },
    view,
    botActions,
  };
}

/** The scenario an audience may see (secret treaties and hidden data filtered by the engine). */
export function scenarioFor(state: GameState, audience: Audience): LiveScenario {
  return viewFor(state, viewerOf(audience)).scenario;
}

/** What a held body was made from: unchanged, the body is too (no diff needed). */
interface Source {
  view: GameView;
  blocks: RoomBlocks;
  botActions: number;
}

const sameSource = (a: Source, view: GameView, blocks: RoomBlocks) =>
  a.view === view &&
  a.blocks.timing === blocks.timing &&
  a.blocks.lobby === blocks.lobby &&
  a.blocks.unseated === blocks.unseated &&
  a.blocks.settings === blocks.settings &&
  a.blocks.title === blocks.title &&
  a.botActions === blocks.botActions.length;

export class Projection {
  private readonly held = new Map<Audience, SnapshotBody>();
  private readonly sources = new Map<Audience, Source>();
  /** Last version per audience, kept when its view is dropped: versions never go back. */
  private readonly versions = new Map<Audience, number>();

  private hold(audience: Audience, body: SnapshotBody, view: GameView, blocks: RoomBlocks) {
    this.held.set(audience, body);
    this.sources.set(audience, { view, blocks, botActions: blocks.botActions.length });
  }

  private fresh(state: GameState, audience: Audience, blocks: RoomBlocks): SnapshotBody {
    const view = viewFor(state, viewerOf(audience));
    const body = bodyFor(view, audience, blocks);
    body.version = (this.versions.get(audience) ?? 0) + 1;
    this.versions.set(audience, body.version);
    this.hold(audience, body, view, blocks);
    return body;
  }

  /** The audience's current full snapshot (computing it if it has none yet). */
  snapshot(state: GameState, audience: Audience, blocks: RoomBlocks, now: number): GameSnapshot {
    const body = this.held.get(audience) ?? this.fresh(state, audience, blocks);
    return { ...body, serverTime: now };
  }

  /** Drops the held views of audiences nobody can see any more (a state left empty). */
  retain(live: readonly Audience[]): void {
    const keep = new Set(live);
    for (const audience of this.held.keys())
      if (!keep.has(audience)) {
        this.held.delete(audience);
        this.sources.delete(audience);
      }
  }

  /** The delta of each of `audiences` whose view changed since it was last published. */
  publish(
    state: GameState,
    audiences: readonly Audience[],
    blocks: RoomBlocks,
    now: number,
  ): [Audience, GameDelta][] {
    const deltas: [Audience, GameDelta][] = [];
    for (const audience of audiences) {
      const before = this.held.get(audience);
      if (!before) {
        this.fresh(state, audience, blocks);
        continue;
      }
      // The engine returns a viewer's previous view when nothing it sees changed.
      const view = viewFor(state, viewerOf(audience));
      const source = this.sources.get(audience);
      if (source && sameSource(source, view, blocks)) continue;
      const next = bodyFor(view, audience, blocks);
      next.version = before.version;
      const patch = compare(before, next);
      if (patch.length === 0) {
        this.hold(audience, before, view, blocks);
        continue;
      }
      next.version = before.version + 1;
      this.versions.set(audience, next.version);
      this.hold(audience, next, view, blocks);
      deltas.push([
        audience,
        {
          gameId: blocks.gameId,
          audience,
          from: before.version,
          to: next.version,
          serverTime: now,
          patch,
        },
      ]);
    }
    return deltas;
  }
}

/** The parts of a room the snapshot blocks and the dashboard read. */
interface RoomLike {
  id: string;
  record: { title: string; joinCode: string; scenarioId: string };
  state: GameState;
  seq: number;
  status: string;
  settings: {
    dropoutPolicy: GameSnapshot["settings"]["dropoutPolicy"];
    dropoutGraceSeconds: number;
    advanceWhenAllIn?: boolean;
  };
  phaseClock: {
    timing(
      round: number,
      rounds: number,
      phase: GameSnapshot["timing"]["phase"],
    ): GameSnapshot["timing"];
  };
  seating: Seating;
  channels: Channels;
  botActions?: readonly BotActionRecord[];
}

export function roomBlocks(room: RoomLike): RoomBlocks {
  const { seats, unseated } = room.seating.lobby(room.state);
  const { state } = room;
  return {
    gameId: room.id,
    title: room.record.title,
    joinCode: room.record.joinCode,
    timing: room.phaseClock.timing(state.round, state.scenario.rules.rounds, state.phase),
    lobby: seats,
    unseated,
    settings: {
      dropoutPolicy: room.settings.dropoutPolicy,
      dropoutGraceSeconds: room.settings.dropoutGraceSeconds,
      advanceWhenAllIn: room.settings.advanceWhenAllIn === true,
    },
    botActions: room.botActions ?? [],
  };
}

/**
 * Blocs per treaty table and round list: the engine replaces `state.treaties` whenever a
 * treaty changes and `state.rounds` at each resolution (whose threat table splits rivals).
 */
const blocsOf = new WeakMap<
  GameState["treaties"],
  { rounds: GameState["rounds"]; blocs: Dashboard["blocs"] }
>();

/** The instructor's live dashboard: submissions, connections, bots, message volume, blocs. */
export function dashboardOf(room: RoomLike): Dashboard {
  const { state } = room;
  const playable = state.scenario.states.filter((s) => s.playable);
  let cached = blocsOf.get(state.treaties);
  if (!cached || cached.rounds !== state.rounds) {
    cached = { rounds: state.rounds, blocs: gameBlocs(state) };
    blocsOf.set(state.treaties, cached);
  }
  const { blocs } = cached;
  const { total, byKind, byState } = room.channels.stats;
  return {
    submitted: Object.fromEntries(playable.map((s) => [s.id, Boolean(state.submitted[s.id])])),
    connected: room.seating.connectionsByState(),
    bots: { ...state.bots },
    // A copy: the counters move on while the dashboard waits to be sent.
    messages: { total, byKind: { ...byKind }, byState: { ...byState } },
    blocs,
  };
}

/** Summary for the instructor's tRPC query. */
export function instructorSummary(room: RoomLike) {
  const blocks = roomBlocks(room);
  return {
    gameId: room.id,
    title: room.record.title,
    joinCode: room.record.joinCode,
    scenarioId: room.record.scenarioId,
    scenarioName: room.state.scenario.name,
    seq: room.seq,
    timing: blocks.timing,
    lobby: { seats: blocks.lobby, unseated: blocks.unseated },
    dashboard: dashboardOf(room),
  };
}

/** What a student sees before joining: enough to pick a state, nothing private. */
export function publicSummary(room: RoomLike) {
  return {
    gameId: room.id,
    title: room.record.title,
    scenarioName: room.state.scenario.name,
    scenarioYear: room.state.scenario.year,
    status: room.status,
    states: room.seating.lobby(room.state).seats.map((seat) => ({
      stateId: seat.stateId,
      name: seat.name,
      playable: seat.playable,
      students: seat.participants.length,
    })),
  };
}
