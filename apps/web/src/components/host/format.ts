// Pure helpers for the instructor console and the projector screen: labels, form checks and
// dashboard grouping. No React, no I/O, so they are unit-tested in node.
import type {
  Dashboard,
  InstructorCommandInput,
  LobbySeat,
  PhaseTiming,
} from "@threatscape/protocol";
import { JOIN_CODE_ALPHABET } from "@threatscape/protocol/browser";

/** What each phase means for the class, for the instructor's and the projector's subtitle. */
export const PHASE_HINTS: Record<PhaseTiming["phase"], string> = {
  lobby: "Students are joining and taking their seats",
  negotiation: "Talk, propose and ratify treaties",
  orders: "Each state submits its orders in private",
  resolution: "The round is being resolved",
  news: "Read the news: what happened in the round just resolved",
  ended: "The game is over",
};

export function statusLabel(status: PhaseTiming["status"]): string {
  return { lobby: "In the lobby", running: "Running", paused: "Paused", finished: "Finished" }[
    status
  ];
}

/** Progress through the whole game (0..1), for a thin overall bar. */
export function gameProgress(timing: Pick<PhaseTiming, "status" | "round" | "rounds">): number {
  if (timing.status === "lobby") return 0;
  if (timing.status === "finished") return 1;
  if (timing.rounds <= 0) return 0;
  return Math.min(1, Math.max(0, (timing.round - 1) / timing.rounds));
}

// ---------- join codes ----------

export type JoinCodeCheck = { ok: true; code: string } | { ok: false; message: string };

/** Case-insensitive, ignores spaces and dashes people type; the alphabet has no look-alikes. */
export function normaliseJoinCode(input: string): JoinCodeCheck {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  if (code.length === 0)
    return { ok: false, message: "Enter the six-character code shown by your instructor." };
  const bad = [...code].find((c) => !JOIN_CODE_ALPHABET.includes(c));
  if (bad !== undefined)
    return {
      ok: false,
      message:
        bad === "0" || bad === "O" || bad === "1" || bad === "I" || bad === "L"
          ? `Codes never contain "${bad}": check the screen again.`
          : `"${bad}" cannot appear in a code: use letters and digits only.`,
    };
  if (code.length !== 6)
    return { ok: false, message: `A code has six characters (you typed ${code.length}).` };
  return { ok: true, code };
}

// ---------- durations ----------

/** 300 -> "5 min", 90 -> "1 min 30 s", 45 -> "45 s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "";
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

// ---------- ad-hoc crisis form ----------

export interface CrisisEventDraft {
  actor: string;
  target: string;
  action: string;
  note: string;
}

export interface CrisisDraft {
  headline: string;
  description: string;
  events: CrisisEventDraft[];
}

export type CrisisFormErrors = Partial<Record<"headline" | "description", string>> & {
  events?: Record<number, string>;
};

export type CrisisCheck =
  | { ok: true; command: Extract<InstructorCommandInput, { command: "ad-hoc-crisis" }> }
  | { ok: false; errors: CrisisFormErrors };

/** Mirrors the protocol's limits and the engine's rules, so mistakes show beside the field. */
export function validateCrisisDraft(
  draft: CrisisDraft,
  stateIds: readonly string[],
  actions: readonly string[],
): CrisisCheck {
  const errors: CrisisFormErrors = {};
  const headline = draft.headline.trim();
  if (!headline) errors.headline = "Write a headline: it is what the class sees.";
  else if (headline.length > 200)
    errors.headline = `At most 200 characters (now ${headline.length}).`;
  if (draft.description.length > 2000)
    errors.description = `At most 2000 characters (now ${draft.description.length}).`;
  const known = new Set(stateIds);
  const eventErrors: Record<number, string> = {};
  draft.events.forEach((event, index) => {
    let message: string | null = null;
    if (!event.actor || !event.target || !event.action)
      message = "Choose an actor, a target and an action.";
    else if (!known.has(event.actor) || !known.has(event.target)) message = "Unknown state.";
    else if (event.actor === event.target)
      message = "The actor and the target must be different states.";
    else if (!actions.includes(event.action)) message = "Choose an action from the list.";
    else if (event.note.length > 500) message = "The note is at most 500 characters.";
    if (message) eventErrors[index] = message;
  });
  if (draft.events.length > 50) eventErrors[50] = "At most 50 coded events.";
  if (Object.keys(eventErrors).length > 0) errors.events = eventErrors;
  if (errors.headline || errors.description || errors.events) return { ok: false, errors };
  return {
    ok: true,
    command: {
      command: "ad-hoc-crisis",
      headline,
      description: draft.description.trim(),
      events: draft.events.map((e) => ({
        actor: e.actor,
        target: e.target,
        action: e.action,
        note: e.note.trim(),
      })),
    },
  };
}

// ---------- dashboard ----------

export interface StateRow {
  stateId: string;
  name: string;
  playable: boolean;
  students: LobbySeat["participants"];
  /** Students with at least one live connection (the dashboard counts connections). */
  connectedStudents: number;
  bot: string | null;
  /** null for non-playable states (they never submit). */
  submitted: boolean | null;
  messages: number;
}

export interface DashboardSummary {
  rows: StateRow[];
  playable: number;
  seated: number;
  botSeats: number;
  emptySeats: number;
  submitted: number;
  expectedOrders: number;
  connectedStudents: number;
  students: number;
}

/** One row per state (playable first, in scenario order) with everything the table shows. */
export function groupDashboard(
  seats: readonly LobbySeat[],
  dashboard: Dashboard | null,
): DashboardSummary {
  const rows: StateRow[] = seats.map((seat) => ({
    stateId: seat.stateId,
    name: seat.name,
    playable: seat.playable,
    students: seat.participants,
    connectedStudents: seat.participants.filter((p) => p.connected).length,
    bot: dashboard?.bots[seat.stateId] ?? seat.bot,
    submitted: seat.playable ? (dashboard?.submitted[seat.stateId] ?? false) : null,
    messages: dashboard?.messages.byState[seat.stateId] ?? 0,
  }));
  rows.sort((a, b) => Number(b.playable) - Number(a.playable));
  const playableRows = rows.filter((r) => r.playable);
  // A seat with a bot and no humans still plays: it is expected to submit orders.
  const inPlay = playableRows.filter((r) => r.students.length > 0 || r.bot !== null);
  return {
    rows,
    playable: playableRows.length,
    seated: playableRows.filter((r) => r.students.length > 0).length,
    botSeats: playableRows.filter((r) => r.bot !== null).length,
    emptySeats: playableRows.filter((r) => r.students.length === 0 && r.bot === null).length,
    submitted: inPlay.filter((r) => r.submitted).length,
    expectedOrders: inPlay.length,
    connectedStudents: rows.reduce((n, r) => n + r.connectedStudents, 0),
    students: rows.reduce((n, r) => n + r.students.length, 0),
  };
}

/** Blocs (engine `defenceBlocs`) with state names, numbered as the map and the debrief number them. */
export function namedBlocs(
  blocs: readonly Pick<Dashboard["blocs"][number], "number" | "members">[],
  names: ReadonlyMap<string, string>,
): { number: number; label: string; members: { id: string; name: string }[] }[] {
  return blocs
    .filter((bloc) => bloc.members.length >= 2)
    .map((bloc) => ({
      number: bloc.number,
      label: `Bloc ${bloc.number}`,
      members: bloc.members.map((id) => ({ id, name: names.get(id) ?? id })),
    }));
}

/** Playable seats with neither students nor a bot: what "fill with bots" would fill. */
export function emptyPlayableSeats(seats: readonly LobbySeat[]): string[] {
  return seats
    .filter((seat) => seat.playable && seat.participants.length === 0 && seat.bot === null)
    .map((seat) => seat.stateId);
}

/** The first sentence or two of a long scenario summary, cut at a sentence end. */
export function leadOf(summary: string, max = 220): string {
  if (summary.length <= max) return summary;
  const cut = summary.slice(0, max);
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf(": "));
  if (end > max / 2) return cut.slice(0, end + 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** "2 students" / "1 student". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * Colour of a countdown: amber in the last 30 s (or last quarter of a short phase, so a
 * 30-second news phase does not start amber), red in the last 10 s, grey while paused.
 */
export function timerTone(
  remainingMs: number | null,
  phaseMs: number | null,
  status: PhaseTiming["status"],
): "paused" | "warn" | "bad" | undefined {
  if (status === "paused") return "paused";
  if (status !== "running" || remainingMs === null) return undefined;
  if (remainingMs <= 10_000) return "bad";
  const warnAt = Math.min(30_000, phaseMs ? phaseMs / 4 : 30_000);
  return remainingMs <= warnAt ? "warn" : undefined;
}
