// How a client keeps its channels and messages from what the server pushes: a history on
// join, rejoin and seat change (what the seat may read now), then single messages and newly
// opened groups. Pure, so it is unit-tested in node.
import type { ChannelInfo, ChatHistory, ChatMessage } from "@threatscape/protocol";

export type ChatLog = { channels: ChannelInfo[]; messages: ChatMessage[] };

export const emptyChatLog: ChatLog = { channels: [], messages: [] };

const byTime = (a: ChatMessage, b: ChatMessage) =>
  a.sentAt - b.sentAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A history replaces the channel list (a seat change changes what may be read) and is merged
 * with the messages already received, each once: a message pushed while the history was on
 * its way is kept. Messages of channels no longer readable are dropped.
 */
export function withHistory(log: ChatLog, history: ChatHistory): ChatLog {
  const readable = new Set(history.channels.map((c) => c.id));
  const messages = new Map<string, ChatMessage>();
  for (const m of log.messages) if (readable.has(m.channel)) messages.set(m.id, m);
  for (const m of history.messages) messages.set(m.id, m);
  return { channels: history.channels, messages: [...messages.values()].sort(byTime) };
}

/** One new message (a repeat of one already held is ignored). */
export function withMessage(log: ChatLog, message: ChatMessage): ChatLog {
  if (log.messages.some((m) => m.id === message.id)) return log;
  const last = log.messages.at(-1);
  const messages = [...log.messages, message];
  if (last && byTime(last, message) > 0) messages.sort(byTime);
  return { ...log, messages };
}

/** A group opened with this seat in it: added to the list, or updated when already there. */
export function withChannel(log: ChatLog, channel: ChannelInfo): ChatLog {
  const at = log.channels.findIndex((c) => c.id === channel.id);
  const channels =
    at < 0 ? [...log.channels, channel] : log.channels.map((c, i) => (i === at ? channel : c));
  return { ...log, channels };
}
