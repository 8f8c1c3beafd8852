// The rows of each export table. Every row that has a human actor names the participant
// (id and display name), and every state-round row everyone who held the seat in that round
// (seat-holders.ts); every id of a proposal, treaty, demand or group channel has its name
// beside it; `bot` follows the row's own actor (attribution.ts).
import { simulationReport } from "@threatscape/engine";
import type { AnnotationRecord, LoggedEvent, MessageRecord } from "@threatscape/db";
import { botInRound, botsThatActed, isBotActor } from "./attribution.ts";
import type { RowOf } from "./export-columns.ts";
import { ExportNames, type ExportParticipant } from "./export-names.ts";
import type { ExportTable } from "./exports.ts";
import type { GameHistory, TimelineEntry } from "./game-history.ts";
import { seatHolders, type SeatHolders } from "./seat-holders.ts";

export interface ExportSource {
  gameId: string;
  history: GameHistory;
  /** The raw log: the ids an action refers to (proposal, treaty, demand) and group names. */
  events: LoggedEvent[];
  messages: MessageRecord[];
  annotations: AnnotationRecord[];
  participants: ExportParticipant[];
}

/** What every table builder reads: the source plus lookups computed once. */
export interface ExportContext extends ExportSource {
  names: ExportNames;
  /** Per round and state, the bot that acted for it (absent: no bot acted). */
  bots: Record<number, Record<string, string>>;
  /**
   * Per round and state, the participants who held its seat in that round, acting or not, in
   * the order they took it (seat-holders.ts).
   */
  holders: SeatHolders;
}

export function exportContext(source: ExportSource): ExportContext {
  const { timeline } = source.history;
  return {
    ...source,
    names: new ExportNames(source.participants, source.events, source.history),
    bots: botsThatActed(timeline),
    holders: seatHolders(source.events, timeline),
  };
}

const list = (values: readonly string[]) => (values.length ? values.join(" ") : null);

/** The participants who held a state's seat in a round: ids, and display names beside them. */
function playedBy(ctx: ExportContext, round: number, stateId: string) {
  const ids = ctx.holders[round]?.[stateId] ?? [];
  return {
    participantIds: list(ids),
    participants: ids.length ? ids.map((id) => ctx.names.participantName(id)).join("; ") : null,
  };
}

function eventRow(ctx: ExportContext, entry: TimelineEntry): RowOf<"events"> {
  const subject = ctx.names.subject(entry.seq);
  return {
    game: ctx.gameId,
    seq: entry.seq,
    time: new Date(entry.at).toISOString(),
    round: entry.round,
    phase: entry.phase,
    type: entry.type,
    actor: entry.actor,
    participantId: ctx.names.participantId(entry.actor),
    participant: ctx.names.participantName(entry.actor),
    state: entry.stateId,
    summary: entry.summary,
    subjectId: subject.id,
    subjectName: subject.name,
    subjectKind: subject.kind,
    bot: isBotActor(entry.actor),
  };
}

function messageRow(ctx: ExportContext, message: MessageRecord): RowOf<"messages"> {
  const channel = ctx.names.channel(message.channel);
  return {
    game: ctx.gameId,
    id: message.id,
    time: message.createdAt.toISOString(),
    round: message.round,
    channel: message.channel,
    channelName: channel.name,
    channelMembers: list(channel.members),
    state: message.fromStateId,
    participantId: ctx.names.participantId(message.authorId),
    participant: ctx.names.participantName(message.authorId),
    body: message.body,
    bot: isBotActor(message.authorId),
  };
}

function treatyRows(ctx: ExportContext): RowOf<"treaties">[] {
  const { final } = ctx.history;
  // Who proposed and who ratified, from the log: a pact's own actors.
  const actions = ctx.history.timeline.filter((e) => e.type === "engine:action");
  return Object.values(final.treaties).map((treaty) => {
    const about = actions.filter((e) => ctx.names.subject(e.seq).id === treaty.id);
    const proposal = about.find((e) => ctx.names.actionType(e.seq) === "propose-treaty") ?? null;
    const botRatified = about
      .filter((e) => ctx.names.actionType(e.seq) === "accept-treaty" && isBotActor(e.actor))
      .flatMap((e) => (e.stateId ? [e.stateId] : []));
    return {
      game: ctx.gameId,
      id: treaty.id,
      name: treaty.name,
      kind: treaty.kind,
      members: treaty.members.join(" "),
      directedAgainst: list(treaty.directedAgainst),
      // the terms that tell two pacts of the same members apart (game/duplicate-treaty.ts)
      tariffCut: treaty.tariffCut,
      basing: list(treaty.basing.map((b) => `${b.owner}>${b.host}`)),
      startedRound: treaty.startedRound,
      endsAfterRound: treaty.endsAfterRound,
      leaving: list(treaty.leaving),
      origin: treaty.origin,
      secret: treaty.secret,
      proposedBy: final.proposals[treaty.id]?.proposer ?? null,
      proposerParticipantId: proposal ? ctx.names.participantId(proposal.actor) : null,
      proposer: proposal ? ctx.names.participantName(proposal.actor) : null,
      bot: proposal ? isBotActor(proposal.actor) : false,
      botRatifiedBy: list([...new Set(botRatified)].sort()),
    };
  });
}

function predictionRows(ctx: ExportContext): RowOf<"predictions">[] {
  return simulationReport(ctx.history.final).rounds.flatMap((round) => {
    // the blocs recorded at the round's resolution (the engine's gameBlocs, as the debrief shows)
    const blocOf = new Map(round.blocs.flatMap((b) => b.members.map((m) => [m, b] as const)));
    return Object.entries(round.actual).map(([stateId, actual]) => {
      const bot = round.predictions.balanceOfThreat[stateId];
      const bop = round.predictions.balanceOfPower[stateId];
      const bloc = blocOf.get(stateId);
      return {
        game: ctx.gameId,
        round: round.round,
        state: stateId,
        ...playedBy(ctx, round.round, stateId),
        actualCategory: actual.category,
        actualTarget: actual.target,
        balanceOfThreatCategory: bot?.category ?? null,
        balanceOfThreatTarget: bot?.target ?? null,
        balanceOfPowerCategory: bop?.category ?? null,
        balanceOfPowerTarget: bop?.target ?? null,
        reasons: actual.reasons.join("; "),
        bloc: bloc?.number ?? null,
        blocMembers: bloc ? list(bloc.members) : null,
        bot: botInRound(ctx.bots, round.round, stateId),
      };
    });
  });
}

function scoreRows(ctx: ExportContext): RowOf<"scores">[] {
  return simulationReport(ctx.history.final).rounds.flatMap((round) =>
    Object.entries(round.scores).map(([stateId, score]) => ({
      game: ctx.gameId,
      round: round.round,
      state: stateId,
      ...playedBy(ctx, round.round, stateId),
      score,
      security: round.scoreDetail[stateId]?.security ?? null,
      prosperity: round.scoreDetail[stateId]?.prosperity ?? null,
      bot: botInRound(ctx.bots, round.round, stateId),
    })),
  );
}

function gradeRow(ctx: ExportContext, annotation: AnnotationRecord): RowOf<"grades"> {
  // `bot`: whether what was graded was played by a bot (the moment's own actor, else the
  // state-round), so a grade never rests unseen on a stand-in's move.
  const moment = ctx.history.timeline.find((e) => e.seq === annotation.eventSeq);
  const bot = moment
    ? isBotActor(moment.actor)
    : botInRound(ctx.bots, annotation.round, annotation.stateId) !== null;
  return {
    game: ctx.gameId,
    id: annotation.id,
    participantId: annotation.participantId,
    participant: annotation.participantId
      ? ctx.names.participantName(annotation.participantId)
      : null,
    state: annotation.stateId,
    round: annotation.round,
    eventSeq: annotation.eventSeq,
    criterion: annotation.criterion,
    grade: annotation.grade,
    note: annotation.note,
    author: annotation.author,
    time: annotation.updatedAt.toISOString(),
    bot,
  };
}

/**
 * One record per participant record. A student who comes back by rejoin token (refresh,
 * sleep, reconnect) keeps one participant id, so one row. A fresh join under the same name is
 * a new participant the log cannot prove to be the same person: it stays its own row, and
 * `sameNameAs` points the grader at the other record(s) instead of merging them silently.
 */
function participantRows(ctx: ExportContext): RowOf<"participants">[] {
  const timeline = ctx.history.timeline;
  // "Zoë (2)" is the server's disambiguation of a second "Zoë" in the game: same name.
  const key = (name: string) =>
    name
      .trim()
      .replace(/ \(\d+\)$/, "")
      .toLocaleLowerCase();
  return ctx.participants.map((p) => {
    const mine = (e: TimelineEntry) => e.actor === p.id;
    const statesPlayed = Object.values(ctx.holders).flatMap((byState) =>
      Object.entries(byState)
        .filter(([, ids]) => ids.includes(p.id))
        .map(([stateId]) => stateId),
    );
    return {
      game: ctx.gameId,
      participantId: p.id,
      participant: p.displayName,
      state: p.stateId,
      statesPlayed: list([...new Set(statesPlayed)].sort()),
      joinedAt: p.joinedAt.toISOString(),
      returns: timeline.filter((e) => mine(e) && e.type === "dropout:returned").length,
      actions: timeline.filter((e) => mine(e) && e.type === "engine:action").length,
      messages: ctx.messages.filter((m) => m.authorId === p.id).length,
      grades: ctx.annotations.filter((a) => a.participantId === p.id && a.grade !== null).length,
      kicked: p.kicked,
      sameNameAs: list(
        ctx.participants
          .filter((o) => o.id !== p.id && key(o.displayName) === key(p.displayName))
          .map((o) => o.id),
      ),
    };
  });
}

/** The rows of each table. */
export const tableRows = {
  events: (ctx: ExportContext) => ctx.history.timeline.map((entry) => eventRow(ctx, entry)),
  messages: (ctx: ExportContext) => ctx.messages.map((message) => messageRow(ctx, message)),
  treaties: treatyRows,
  predictions: predictionRows,
  scores: scoreRows,
  grades: (ctx: ExportContext) => ctx.annotations.map((a) => gradeRow(ctx, a)),
  participants: participantRows,
} satisfies { [T in ExportTable]: (ctx: ExportContext) => RowOf<T>[] };
