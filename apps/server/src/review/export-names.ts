// Names a grader can read, beside the internal ids the log keeps: who a participant id is,
// what a group channel is called and who is in it, which pact or demand an action is about.
// Everything is read from the log and the folded state, never guessed from display names.
import type { GameState } from "@threatscape/engine";
import type { LoggedEvent } from "@threatscape/db";
import type { GameHistory } from "./game-history.ts";

export interface ExportParticipant {
  id: string;
  displayName: string;
  stateId: string | null;
  kicked: boolean;
  joinedAt: Date;
}

/** What an event is about: a proposal or treaty (id, name, kind) or a demand. */
export interface Subject {
  id: string | null;
  name: string | null;
  kind: string | null;
}

interface ChannelInfo {
  name: string;
  members: string[];
}

type Payload = Record<string, unknown>;

/** The lookups one export needs, built once from the log and the game's states. */
export class ExportNames {
  private readonly participants: Map<string, ExportParticipant>;
  private readonly groups = new Map<string, ChannelInfo>();
  private readonly subjects = new Map<number, Subject>();
  private readonly actionTypes = new Map<number, string>();

  private readonly initial: GameState;
  private readonly final: GameState;

  constructor(
    participants: readonly ExportParticipant[],
    events: readonly LoggedEvent[],
    history: Pick<GameHistory, "initial" | "final" | "timeline">,
  ) {
    this.initial = history.initial;
    this.final = history.final;
    this.participants = new Map(participants.map((p) => [p.id, p]));
    const roundOf = new Map(history.timeline.map((entry) => [entry.seq, entry.round]));
    // The k-th proposal a state made in a round is its k-th proposal id of that round: ids are
    // handed out in order and only accepted actions are logged.
    const proposalsBy = new Map<string, string[]>();
    for (const proposal of Object.values(this.final.proposals).sort(byNumericId)) {
      const key = `${proposal.proposer}:${proposal.round}`;
      proposalsBy.set(key, [...(proposalsBy.get(key) ?? []), proposal.id]);
    }
    for (const event of events) {
      const payload = (event.payload ?? {}) as Payload;
      if (event.type === "chat:group") {
        this.groups.set(String(payload.channel), {
          name: String(payload.name),
          members: (payload.members as string[] | undefined) ?? [],
        });
      }
      if (event.type !== "engine:action") continue;
      const action = (payload.action ?? {}) as Payload;
      this.actionTypes.set(event.seq, String(action.type));
      let id = [action.proposalId, action.treatyId, action.demandId].find(
        (value): value is string => typeof value === "string",
      );
      if (action.type === "propose-treaty") {
        id = proposalsBy.get(`${String(action.actor)}:${roundOf.get(event.seq)}`)?.shift();
      }
      if (id !== undefined) this.subjects.set(event.seq, this.subjectOf(id));
      else if (action.type === "demand")
        this.subjects.set(event.seq, {
          id: null,
          name: `${String(action.kind)} demand to ${String(action.target)}`,
          kind: "demand",
        });
    }
  }

  /** A participant's display name, "Instructor", or null for bots, the timer and the system. */
  participantName(actor: string): string | null {
    if (actor === "instructor") return "Instructor";
    return this.participants.get(actor)?.displayName ?? null;
  }

  /** The participant id when `actor` is a participant (not a bot, the timer or the system). */
  participantId(actor: string): string | null {
    return this.participants.has(actor) ? actor : null;
  }

  /** "Public forum", "Direct: JPN and KOR" or the group's own name, and who can read it. */
  channel(channel: string): ChannelInfo {
    if (channel === "public") return { name: "Public forum", members: [] };
    if (channel.startsWith("dm:")) {
      const members = channel.split(":").slice(1);
      return { name: `Direct: ${members.join(" and ")}`, members };
    }
    return this.groups.get(channel) ?? { name: channel, members: [] };
  }

  /** The engine action type of a logged action ("accept-treaty"), else null. */
  actionType(seq: number): string | null {
    return this.actionTypes.get(seq) ?? null;
  }

  /** The proposal, treaty or demand an event is about (empty for other events). */
  subject(seq: number): Subject {
    return this.subjects.get(seq) ?? { id: null, name: null, kind: null };
  }

  /** Name and kind of a proposal or treaty id (P12), or a demand id (D7). */
  subjectOf(id: string): Subject {
    const proposal = this.final.proposals[id];
    const treaty = this.final.treaties[id] ?? this.initial.treaties[id];
    const terms = proposal?.terms ?? treaty;
    if (terms) return { id, name: terms.name, kind: terms.kind };
    const demand = this.final.demands[id];
    if (demand)
      return {
        id,
        name: `${demand.kind} demand from ${demand.from} to ${demand.to}`,
        kind: "demand",
      };
    return { id, name: null, kind: null };
  }
}

function byNumericId(a: { id: string }, b: { id: string }): number {
  return Number(a.id.slice(1)) - Number(b.id.slice(1));
}
