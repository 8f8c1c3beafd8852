// Negotiation channels: the public forum, one direct channel per pair of states, and groups
// students open. Who may read and write each, whom a message reaches, and message counts.
import type { MessageRecord } from "@threatscape/db";
import {
  directChannel,
  type ChannelInfo,
  type ChatMessage,
  type Dashboard,
} from "@threatscape/protocol";
import { stateAudience, type Audience } from "./broadcaster.ts";

export interface Group {
  name: string;
  members: string[];
}

const kindOf = (channel: string): "public" | "direct" | "group" =>
  channel === "public" ? "public" : channel.startsWith("dm:") ? "direct" : "group";

export class Channels {
  readonly groups: Map<string, Group>;
  readonly stats: Dashboard["messages"] = {
    total: 0,
    byKind: { public: 0, direct: 0, group: 0 },
    byState: {},
  };

  constructor(
    private readonly stateIds: readonly { id: string; name: string }[],
    groups: Map<string, Group> = new Map(),
  ) {
    this.groups = groups;
  }

  /** Channels a state (or the instructor: all public and group channels) may read. */
  list(stateId: string | null, instructor: boolean): ChannelInfo[] {
    const channels: ChannelInfo[] = [
      { id: "public", kind: "public", name: "Public forum", members: null },
    ];
    if (!instructor && stateId)
      for (const other of this.stateIds)
        if (other.id !== stateId)
          channels.push({
            id: directChannel(stateId, other.id),
            kind: "direct",
            name: other.name,
            members: [stateId, other.id].sort(),
          });
    for (const [id, group] of this.groups)
      if (instructor || (stateId && group.members.includes(stateId)))
        channels.push({
          id: id as ChannelInfo["id"],
          kind: "group",
          name: group.name,
          members: group.members,
        });
    return channels;
  }

  /** Member states of a channel; null for public; undefined when there is no such channel. */
  members(channel: string): string[] | null | undefined {
    if (channel === "public") return null;
    if (channel.startsWith("dm:")) {
      const [a, b] = channel.split(":").slice(1);
      const known = (id: string | undefined) => this.stateIds.some((s) => s.id === id);
      return a !== b && known(a) && known(b) ? [a!, b!] : undefined;
    }
    return this.groups.get(channel)?.members;
  }

  canRead(channel: string, stateId: string | null, instructor: boolean): boolean {
    if (instructor || channel === "public") return true;
    const members = this.members(channel);
    return Boolean(stateId && members?.includes(stateId));
  }

  /** Whom a message reaches: everyone seated or not (public), or its members and the instructor. */
  audiences(channel: string): Audience[] {
    const members = this.members(channel);
    if (members === null)
      return ["instructor", "unseated", ...this.stateIds.map((s) => stateAudience(s.id))];
    return ["instructor", ...(members ?? []).map(stateAudience)];
  }

  count(message: Pick<MessageRecord, "channel" | "fromStateId">): void {
    this.stats.total += 1;
    this.stats.byKind[kindOf(message.channel)] += 1;
    if (message.fromStateId)
      this.stats.byState[message.fromStateId] = (this.stats.byState[message.fromStateId] ?? 0) + 1;
  }

  static toChatMessage(message: MessageRecord, authorName: string): ChatMessage {
    return {
      id: message.id,
      channel: message.channel as ChatMessage["channel"],
      fromStateId: message.fromStateId,
      authorName,
      body: message.body,
      round: message.round,
      sentAt: message.createdAt.getTime(),
    };
  }
}
