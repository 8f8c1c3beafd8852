// Reading a game back for the debrief, replay, grading and exports. Everything here is
// derived from the event log and the messages: what was logged is the single truth.
import { simulationReport, viewFor, type GameState } from "@threatscape/engine";
import type { Database, LoggedEvent } from "@threatscape/db";
import type { GameRoom } from "../live/game-room.ts";
import { botsThatActed } from "./attribution.ts";
import { explainDivergences } from "./explain-divergence.ts";
import { readGameHistory, type GameHistory } from "./game-history.ts";
import {
  runFork,
  stateAtRoundOpening,
  type ForkOutcome,
  type ForkRequest,
} from "./counterfactual.ts";
import { renderExport, type ExportFormat, type ExportSource, type ExportTable } from "./exports.ts";

export type ReplayViewer = { kind: "omniscient" } | { kind: "state"; stateId: string };

export class ReviewService {
  constructor(
    private readonly db: Database,
    private readonly room: GameRoom,
  ) {}

  private events(): Promise<LoggedEvent[]> {
    return this.db.events.list(this.room.id);
  }

  private async history(upToSeq?: number): Promise<GameHistory> {
    return readGameHistory(
      this.room.record.scenario,
      this.room.record.seed,
      await this.events(),
      upToSeq,
    );
  }

  private async participants() {
    const seats = this.room.record.seats;
    return (await this.db.participants.listForGame(this.room.id))
      .filter((p) => p.role === "student")
      .map((p) => ({
        id: p.id,
        displayName: p.displayName,
        stateId: p.seatId ? (seats.find((seat) => seat.id === p.seatId)?.stateId ?? null) : null,
        kicked: p.kicked,
        joinedAt: p.createdAt,
      }));
  }

  /** The debrief, live during the game and complete at the end. */
  async debrief() {
    const history = await this.history();
    const state: GameState = history.final;
    const forks = (await this.events())
      .filter((event) => event.type === "review:fork")
      .map((event) => ({
        seq: event.seq,
        createdAt: event.createdAt,
        ...(event.payload as { outcome: ForkOutcome }).outcome,
      }));
    const humanStates = [
      ...new Set(
        (await this.participants()).map((p) => p.stateId).filter((id): id is string => id !== null),
      ),
    ];
    return {
      gameId: this.room.id,
      title: this.room.record.title,
      scenario: { id: state.scenario.id, name: state.scenario.name, year: state.scenario.year },
      states: state.scenario.states.map((s) => ({ id: s.id, name: s.name, playable: s.playable })),
      status: this.room.isFinished ? "finished" : "live",
      round: state.round,
      phase: state.phase,
      humanStates,
      /** Per round, the states a bot played: a bot acted for them (not merely held the seat). */
      botsByRound: botsThatActed(history.timeline),
      report: simulationReport(state),
      divergences: explainDivergences(state, history.timeline),
      forks,
    };
  }

  /**
   * The class's theory scorecard for the projector's last slide: accuracy (0..1) of balance
   * of threat (Walt 1987) and balance of power (Waltz 1979) against the majority baseline,
   * and the discriminating cases with the exact McNemar p. Class-level aggregates only (no
   * state, message or private move), shown once the game is over.
   */
  async scorecard() {
    const { final } = await this.history();
    const { debrief } = simulationReport(final);
    return {
      rounds: final.rounds.filter((r) => r.actual).length,
      cases: debrief.cases,
      accuracy: {
        balanceOfThreat: debrief.accuracy.balanceOfThreat,
        balanceOfPower: debrief.accuracy.balanceOfPower,
        baseline: debrief.accuracy.baseline,
      },
      discriminating: {
        cases: debrief.discriminating.cases,
        onlyBalanceOfThreatRight: debrief.discriminating.onlyBalanceOfThreatRight,
        onlyBalanceOfPowerRight: debrief.discriminating.onlyBalanceOfPowerRight,
        mcnemarP: debrief.discriminating.mcnemarP,
      },
    };
  }

  /** The replay scrubber: the log as a timeline, and the view at `seq` as `viewer` saw it. */
  async replay(viewer: ReplayViewer, seq?: number) {
    const full = await this.history();
    const lastSeq = full.timeline.at(-1)?.seq ?? 0;
    const at = Math.min(seq ?? lastSeq, lastSeq);
    const partial = at === lastSeq ? full : await this.history(at);
    const stateId = viewer.kind === "state" ? viewer.stateId : null;
    const view =
      stateId === null
        ? viewFor(partial.final, { kind: "grader" })
        : viewFor(partial.final, { kind: "state", stateId });
    const atTime = partial.timeline.at(-1)?.at ?? Infinity;
    const groups = new Map<string, string[]>();
    for (const event of await this.events()) {
      if (event.type === "chat:group" && event.seq <= at) {
        const payload = event.payload as { channel: string; members: string[] };
        groups.set(payload.channel, payload.members);
      }
    }
    const readable = (channel: string) =>
      stateId === null ||
      channel === "public" ||
      (channel.startsWith("dm:") && channel.split(":").slice(1).includes(stateId)) ||
      (groups.get(channel)?.includes(stateId) ?? false);
    const participants = await this.participants();
    const messages = (await this.db.messages.listForGame(this.room.id))
      .filter((m) => m.createdAt.getTime() <= atTime && readable(m.channel))
      .map((m) => ({
        id: m.id,
        channel: m.channel,
        fromStateId: m.fromStateId,
        author:
          m.authorId === "instructor"
            ? "Instructor"
            : (participants.find((p) => p.id === m.authorId)?.displayName ?? "unknown"),
        body: m.body,
        round: m.round,
        sentAt: m.createdAt.getTime(),
      }));
    // What this viewer could not have seen is left out of the timeline too (log redaction).
    const timeline =
      stateId === null
        ? full.timeline
        : full.timeline.filter(
            (entry) => entry.visibleTo === null || entry.visibleTo.includes(stateId),
          );
    return {
      viewer,
      seq: at,
      round: partial.final.round,
      phase: partial.final.phase,
      timeline,
      view,
      messages,
    };
  }

  async students() {
    const participants = await this.participants();
    const [messages, annotations, history] = await Promise.all([
      this.db.messages.listForGame(this.room.id),
      this.db.annotations.listForGame(this.room.id),
      this.history(),
    ]);
    return participants.map((p) => ({
      ...p,
      messages: messages.filter((m) => m.authorId === p.id).length,
      actions: history.timeline.filter((e) => e.actor === p.id && e.type === "engine:action")
        .length,
      grades: annotations
        .filter((a) => a.participantId === p.id && a.grade !== null)
        .map((a) => a.grade!),
    }));
  }

  async studentSummary(participantId: string) {
    const participant = (await this.participants()).find((p) => p.id === participantId);
    if (!participant) return null;
    const [messages, annotations, history] = await Promise.all([
      this.db.messages.listForGame(this.room.id),
      this.db.annotations.listForGame(this.room.id),
      this.history(),
    ]);
    const report = simulationReport(history.final);
    const bots = botsThatActed(history.timeline);
    const stateId = participant.stateId;
    return {
      participant,
      actions: history.timeline.filter((e) => e.actor === participantId),
      messages: messages.filter((m) => m.authorId === participantId),
      annotations: annotations.filter((a) => a.participantId === participantId),
      rounds: stateId
        ? report.rounds.map((round) => ({
            round: round.round,
            actual: round.actual[stateId] ?? null,
            balanceOfThreat: round.predictions.balanceOfThreat[stateId] ?? null,
            balanceOfPower: round.predictions.balanceOfPower[stateId] ?? null,
            score: round.scores[stateId] ?? null,
            bot: bots[round.round]?.[stateId] ?? null,
          }))
        : [],
    };
  }

  async fork(request: ForkRequest): Promise<ForkOutcome | { error: string }> {
    const start = stateAtRoundOpening(
      this.room.record.scenario,
      this.room.record.seed,
      await this.events(),
      request.fromRound,
    );
    if (!start) return { error: `round ${request.fromRound} was never reached in this game` };
    const outcome = runFork(start, request, this.room.record.seed);
    await this.room.recordReviewEvent({ type: "review:fork", request, outcome });
    return outcome;
  }

  /** The grading workbook: every export table as a sheet of one .xlsx. */
  async workbook() {
    const source = await this.exportSource();
    return {
      filename: `threatscape-${this.room.record.joinCode}-grading.xlsx`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      // exceljs is loaded on the first workbook download, not by every live server.
      content: await (await import("./workbook.ts")).renderWorkbook(source, this.room.record.title),
    };
  }

  private async exportSource(): Promise<ExportSource> {
    const events = await this.events();
    return {
      gameId: this.room.id,
      history: readGameHistory(this.room.record.scenario, this.room.record.seed, events),
      events,
      messages: await this.db.messages.listForGame(this.room.id),
      annotations: await this.db.annotations.listForGame(this.room.id),
      participants: await this.participants(),
    };
  }

  async export(table: ExportTable, format: ExportFormat) {
    const source = await this.exportSource();
    const content = renderExport(table, source, format);
    return {
      filename: `threatscape-${this.room.record.joinCode}-${table}.${format}`,
      contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json",
      content,
    };
  }
}
