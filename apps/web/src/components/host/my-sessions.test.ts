import { describe, expect, it } from "vitest";
import { parseRecovery } from "./my-sessions";

describe("parseRecovery", () => {
  it("reads an instructor link's game and secret", () => {
    expect(
      parseRecovery(" http://10.0.0.5:3000/host/g_abc123#key=s3cr3t-s3cr3t-s3cr3t_x \n"),
    ).toEqual({ kind: "link", gameId: "g_abc123", secret: "s3cr3t-s3cr3t-s3cr3t_x" });
  });
  it("takes a bare secret, which then needs the join code", () => {
    expect(parseRecovery("AbCdEfGhIjKlMnOpQrStUvWx")).toEqual({
      kind: "secret",
      secret: "AbCdEfGhIjKlMnOpQrStUvWx",
    });
  });
  it("refuses a console address without its key, and anything else", () => {
    expect(parseRecovery("http://x/host/g_abc123").kind).toBe("bad");
    expect(parseRecovery("hello").kind).toBe("bad");
    expect(parseRecovery("").kind).toBe("bad");
  });
});
