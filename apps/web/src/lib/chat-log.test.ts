import type { ChannelInfo, ChatMessage } from "@threatscape/protocol";
import { describe, expect, it } from "vitest";
import { emptyChatLog, withChannel, withHistory, withMessage } from "./chat-log";

const publicChannel: ChannelInfo = { id: "public", kind: "public", name: "Public", members: null };
const dm: ChannelInfo = {
  id: "dm:JPN:KOR",
  kind: "direct",
  name: "Korea",
  members: ["JPN", "KOR"],
};
const message = (id: string, channel: string, sentAt: number): ChatMessage => ({
  id,
  channel,
  fromStateId: "KOR",
  authorName: "Min",
  body: `message ${id}`,
  round: 1,
  sentAt,
});

describe("chat log", () => {
  it("merges a history with the messages already received, each once, in time order", () => {
    const pushed = withMessage(emptyChatLog, message("m3", "public", 30));
    const log = withHistory(pushed, {
      channels: [publicChannel, dm],
      messages: [
        message("m1", "public", 10),
        message("m2", "dm:JPN:KOR", 20),
        message("m3", "public", 30),
      ],
    });
    expect(log.messages.map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    expect(withMessage(log, message("m2", "dm:JPN:KOR", 20))).toBe(log);
  });

  it("drops what a new seat may not read, and adds groups opened later", () => {
    const before = withHistory(emptyChatLog, {
      channels: [publicChannel, dm],
      messages: [message("m1", "public", 10), message("m2", "dm:JPN:KOR", 20)],
    });
    const moved = withHistory(before, { channels: [publicChannel], messages: [] });
    expect(moved.channels.map((c) => c.id)).toEqual(["public"]);
    expect(moved.messages.map((m) => m.id)).toEqual(["m1"]);
    const group: ChannelInfo = {
      id: "group:g1",
      kind: "group",
      name: "Quad",
      members: ["JPN", "USA"],
    };
    const withGroup = withChannel(moved, group);
    expect(withGroup.channels.map((c) => c.id)).toEqual(["public", "group:g1"]);
    expect(withChannel(withGroup, { ...group, name: "Quad+" }).channels).toHaveLength(2);
  });

  it("keeps messages in time order when one arrives late", () => {
    const log = [message("b", "public", 20), message("a", "public", 10)].reduce(
      withMessage,
      emptyChatLog,
    );
    expect(log.messages.map((m) => m.id)).toEqual(["a", "b"]);
  });
});
