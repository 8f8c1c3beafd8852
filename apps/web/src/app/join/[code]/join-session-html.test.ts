import type { SessionPreview } from "@threatscape/protocol";
import { describe, expect, it } from "vitest";
import { studentKey } from "~/lib/seat-storage";
import { joinScript } from "./join-script";
import { joinSessionOutcome } from "./join-session-html";

const session = (extra: Partial<SessionPreview> = {}): SessionPreview => ({
  joinCode: "K7QM2P",
  gameId: "g1",
  title: "Period 3",
  scenarioName: "East Asia",
  scenarioYear: 2017,
  status: "lobby",
  states: [
    { stateId: "JPN", name: "Japan", playable: true, students: 2 },
    { stateId: "KOR", name: "South Korea", playable: true, students: 0 },
    { stateId: "PRK", name: "North Korea", playable: false, students: 0 },
  ],
  ...extra,
});
const render = (extra: Partial<SessionPreview> = {}, raw = "K7QM2P") =>
  joinSessionOutcome(raw, { ok: true, data: session(extra) });
const radios = (html: string) => [...html.matchAll(/type="radio" name="state" value="([^"]*)"/g)];

describe("the /join/<code> page as plain HTML", () => {
  it("shows the session, its status, and the playable states with who sits there", () => {
    const { html, status } = render();
    expect(status).toBe(200);
    expect(html).toContain('<h1 id="join-heading">Period 3</h1>');
    expect(html).toContain("East Asia · 2017");
    expect(html).toContain("Open: waiting to start");
    expect(html).toContain("2 students seated");
    expect(radios(html).map((m) => m[1])).toEqual(["JPN", "KOR", ""]);
    expect(html).not.toContain("North Korea");
    expect(html).toContain("2 students</span>");
    expect(html).toContain("nobody yet");
    expect(html).toMatch(/value="" checked>/);
    expect(html).toContain('id="seat-pin"');
    // Where /play looks for the seat, and one small inline script, nothing else.
    expect(html).toContain(`data-seat-key="${studentKey("K7QM2P")}"`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script src=/);
    expect(Buffer.byteLength(joinScript)).toBeLessThan(10 * 1024);
  });

  it("escapes every name that comes from a scenario or an instructor", () => {
    const hostile = '<img src=x onerror="alert(1)">&\'';
    const { html } = render({
      title: hostile,
      scenarioName: `</style><script>alert(2)</script>`,
      states: [
        { stateId: "JPN", name: `"><script>alert(3)</script>`, playable: true, students: 0 },
      ],
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("alert(2)</script>");
    expect(html).not.toContain("<script>alert(3)");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain("&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("<title>&lt;img");
  });

  it("after the start offers no seats (the instructor places late joiners); once over, no form", () => {
    const running = render({ status: "running" }).html;
    expect(radios(running)).toHaveLength(0);
    expect(running).toContain("you join as an observer");
    expect(running).toContain('id="join-form"');
    const finished = render({ status: "finished" }).html;
    expect(finished).toContain("This session has ended");
    expect(finished).not.toContain("<form");
    expect(finished).not.toMatch(/<script/);
  });

  it("normalises the code from the address (lower case, dashes)", () => {
    expect(render({}, "k7q-m2p").html).toContain("Code K7QM2P");
  });

  it("says why a code cannot be joined, with the code of the refusal", () => {
    const malformed = joinSessionOutcome("AB0<b>", null);
    expect(malformed.status).toBe(400);
    expect(malformed.html).toContain('role="alert"');
    expect(malformed.html).toContain("(BAD_REQUEST)");
    expect(malformed.html).not.toContain("<b>");
    const missing = joinSessionOutcome("ZZZZZZ", {
      ok: false,
      error: { code: "NOT_FOUND", message: "no session has this code" },
    });
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("No session has this code.");
    expect(missing.html).toContain("(NOT_FOUND)");
    const limited = joinSessionOutcome("ZZZZZZ", {
      ok: false,
      error: { code: "RATE_LIMITED", message: "too many" },
    });
    expect(limited.status).toBe(429);
    expect(limited.html).toContain("Wait a minute");
    const unreachable = joinSessionOutcome("ZZZZZZ", null);
    expect(unreachable.status).toBe(503);
    expect(unreachable.html).toContain("(UNAVAILABLE)");
    for (const page of [malformed, missing, limited, unreachable])
      expect(page.html).not.toMatch(/<script/);
  });

  it("ships a script that parses", () => {
    expect(() => new Function(joinScript)).not.toThrow();
  });
});
