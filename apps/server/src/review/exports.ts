// Exports for course staff: events, messages, treaties, predictions against actual, scores
// and grades, as CSV (papaparse) or JSON. Every row that a bot touched says so.
import { simulationReport, type GameState } from "@threatscape/engine";
import type { AnnotationRecord, MessageRecord } from "@threatscape/db";
import Papa from "papaparse";
import { z } from "zod";
import type { GameHistory } from "./game-history.ts";

export const ExportTable = z.enum([
  "events",
  "messages",
  "treaties",
  "predictions",
  "scores",
  "grades",
]);
export type ExportTable = z.infer<typeof ExportTable>;
export const ExportFormat = z.enum(["csv", "json"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

type Row = Record<string, string | number | boolean | null>;

export interface ExportSource {
  gameId: string;
  history: GameHistory;
  messages: MessageRecord[];
  annotations: AnnotationRecord[];
  participants: { id: string; displayName: string; stateId: string | null }[];
}

function botIn(history: GameHistory, round: number, stateId: string): string | null {
  return history.botsByRound[round]?.[stateId] ?? null;
}

export function exportRows(table: ExportTable, source: ExportSource): Row[] {
  const { history, gameId } = source;
  const state: GameState = history.final;
  const nameOf = (participantId: string) =>
    source.participants.find((p) => p.id === participantId)?.displayName ?? null;
  switch (table) {
    case "events":
      return history.timeline.map((entry) => ({
        game: gameId,
        seq: entry.seq,
        time: new Date(entry.at).toISOString(),
        round: entry.round,
        phase: entry.phase,
        type: entry.type,
        actor: entry.actor,
        student: nameOf(entry.actor),
        state: entry.stateId,
        summary: entry.summary,
        bot:
          entry.bot ||
          (entry.stateId ? botIn(history, entry.round, entry.stateId) !== null : false),
      }));
    case "messages":
      return source.messages.map((message) => ({
        game: gameId,
        id: message.id,
        time: message.createdAt.toISOString(),
        round: message.round,
        channel: message.channel,
        state: message.fromStateId,
        student: message.authorId === "instructor" ? "Instructor" : nameOf(message.authorId),
        body: message.body,
        bot: message.fromStateId
          ? botIn(history, message.round, message.fromStateId) !== null
          : false,
      }));
    case "treaties":
      return Object.values(state.treaties).map((treaty) => ({
        game: gameId,
        id: treaty.id,
        name: treaty.name,
        kind: treaty.kind,
        members: treaty.members.join(" "),
        directedAgainst: treaty.directedAgainst.join(" "),
        startedRound: treaty.startedRound,
        origin: treaty.origin,
        secret: treaty.secret,
        bot: treaty.members.some((m) => botIn(history, treaty.startedRound, m) !== null),
      }));
    case "predictions": {
      const report = simulationReport(state);
      return report.rounds.flatMap((round) =>
        Object.entries(round.actual).map(([stateId, actual]) => {
          const bot = round.predictions.balanceOfThreat[stateId];
          const bop = round.predictions.balanceOfPower[stateId];
          return {
            game: gameId,
            round: round.round,
            state: stateId,
            actualCategory: actual.category,
            actualTarget: actual.target,
            balanceOfThreatCategory: bot?.category ?? null,
            balanceOfThreatTarget: bot?.target ?? null,
            balanceOfPowerCategory: bop?.category ?? null,
            balanceOfPowerTarget: bop?.target ?? null,
            reasons: actual.reasons.join("; "),
            bot: botIn(history, round.round, stateId),
          };
        }),
      );
    }
    case "scores": {
      const report = simulationReport(state);
      return report.rounds.flatMap((round) =>
        Object.entries(round.scores).map(([stateId, score]) => ({
          game: gameId,
          round: round.round,
          state: stateId,
          score,
          security: round.scoreDetail[stateId]?.security ?? null,
          prosperity: round.scoreDetail[stateId]?.prosperity ?? null,
          bot: botIn(history, round.round, stateId),
        })),
      );
    }
    case "grades":
      return source.annotations.map((annotation) => ({
        game: gameId,
        id: annotation.id,
        student: annotation.participantId ? nameOf(annotation.participantId) : null,
        participantId: annotation.participantId,
        state: annotation.stateId,
        round: annotation.round,
        eventSeq: annotation.eventSeq,
        criterion: annotation.criterion,
        grade: annotation.grade,
        note: annotation.note,
        author: annotation.author,
        time: annotation.updatedAt.toISOString(),
        bot:
          annotation.stateId && annotation.round !== null
            ? botIn(history, annotation.round, annotation.stateId) !== null
            : false,
      }));
  }
}

export function renderExport(rows: Row[], format: ExportFormat): string {
  if (format === "json") return JSON.stringify(rows, null, 2);
  return Papa.unparse(rows, { header: true, newline: "\n" });
}
