import { describe, expect, expectTypeOf, it } from "vitest";
import type { ClientEvent } from "./index.ts";
import {
  ChannelId,
  GameAct,
  InstructorCommand,
  JoinCode,
  JoinSession,
  ReclaimSeat,
  SendMessage,
  SessionTitle,
  normaliseDisplayName,
  directChannel,
  type ClientToServerEvents,
  type InstructorCommandInput,
  type ServerToClientEvents,
} from "./index.ts";

describe("schemas", () => {
  it("normalises join codes and refuses look-alike characters", () => {
    expect(JoinCode.parse(" k7qm2p ")).toBe("K7QM2P");
    expect(JoinCode.safeParse("K7QM0P").success).toBe(false); // 0 is not in the alphabet
    expect(JoinCode.safeParse("K7QM2").success).toBe(false);
  });

  it("names each bad field of a join request", () => {
    const result = JoinSession.safeParse({ joinCode: "??", displayName: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "joinCode",
      "displayName",
    ]);
  });

  it("refuses an action that names its own actor", () => {
    expect(GameAct.safeParse({ action: { type: "no-change" } }).success).toBe(true);
    expect(GameAct.safeParse({ action: { type: "no-change", actor: "CHN" } }).success).toBe(false);
  });

  it("refuses an action that sets its own time", () => {
    expect(GameAct.safeParse({ action: { type: "no-change", at: 0 } }).success).toBe(false);
  });

  it("cleans session titles as names: a right-to-left override cannot scramble the header", () => {
    expect(SessionTitle.parse("Tester section \u202eRTL")).toBe("Tester section RTL");
    expect(SessionTitle.safeParse("\u202e\u200b ").success).toBe(false);
    expect(SessionTitle.safeParse("x".repeat(121)).success).toBe(false);
  });

  it("normalises names: NFC, no invisible or bidi controls, nothing blank (issue 11)", () => {
    expect(normaliseDisplayName(" Linh\u200b  Tran\u202e ")).toBe("Linh Tran");
    expect(normaliseDisplayName("Jose\u0301")).toBe("Jos\u00e9");
    expect(
      JoinSession.safeParse({ joinCode: "K7QM2P", displayName: "\u200d\u2066\u00ad" }).success,
    ).toBe(false);
    expect(
      JoinSession.parse({ joinCode: "K7QM2P", displayName: "\u0645\u0631\u064a\u0645" })
        .displayName,
    ).toBe("\u0645\u0631\u064a\u0645");
  });

  it("takes ten-character seat PINs in any case, spaces and dashes ignored, from the join-code alphabet only", () => {
    expect(ReclaimSeat.parse({ joinCode: "k7qm2p", seatPin: " abc23-4defg " })).toEqual({
      joinCode: "K7QM2P",
      seatPin: "ABC234DEFG",
    });
    expect(ReclaimSeat.safeParse({ joinCode: "K7QM2P", seatPin: "ABC0I1DEFG" }).success).toBe(
      false,
    );
    expect(ReclaimSeat.safeParse({ joinCode: "K7QM2P", seatPin: "ABC234" }).success).toBe(false);
  });

  it("accepts only real channel ids and builds direct channels in sorted order", () => {
    expect(directChannel("KOR", "JPN")).toBe("dm:JPN:KOR");
    expect(ChannelId.safeParse("dm:JPN:KOR").success).toBe(true);
    expect(ChannelId.safeParse("dm:jpn:KOR").success).toBe(false);
    expect(SendMessage.safeParse({ channel: "public", body: "   " }).success).toBe(false);
  });

  it("fills defaults of instructor commands and bounds their numbers", () => {
    expect(InstructorCommand.parse({ command: "start" })).toEqual({
      command: "start",
      fillWithBots: "walt",
    });
    expect(InstructorCommand.safeParse({ command: "extend", seconds: 5 }).success).toBe(false);
    expect(InstructorCommand.safeParse({ command: "self-destruct" }).success).toBe(false);
    // A kick is a ban unless it says otherwise.
    expect(InstructorCommand.parse({ command: "kick", participantId: "p_1" })).toEqual({
      command: "kick",
      participantId: "p_1",
      ban: true,
    });
  });
});

describe("typed socket maps", () => {
  it("give each event its payload type", () => {
    expectTypeOf<
      Parameters<ClientToServerEvents[typeof ClientEvent.join]>[0]
    >().toEqualTypeOf<JoinSession>();
    expectTypeOf<Parameters<ServerToClientEvents["game:snapshot"]>[0]>().toHaveProperty("timing");
    // @ts-expect-error: extend needs a number of seconds
    const extend: InstructorCommandInput = { command: "extend" };
    // @ts-expect-error: there is no such client event
    type Unknown = ClientToServerEvents["game:cheat"];
    // @ts-expect-error: students cannot send an instructor command as a game action
    const act: Parameters<ClientToServerEvents["game:act"]>[0] = { command: "advance" };
    expect([extend, act]).toHaveLength(2);
    expectTypeOf<Unknown>().toBeAny();
  });
});
