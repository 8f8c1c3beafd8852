import { describe, expect, it } from "vitest";
import { codeEntryHtml, codeEntryOutcome } from "./code-entry-html";

describe("the /join code entry without JavaScript", () => {
  it("serves the form, with no script", () => {
    const outcome = codeEntryOutcome(null);
    expect(outcome).toMatchObject({ status: 200 });
    const html = "html" in outcome ? outcome.html : "";
    expect(html).toContain('<form method="get" action="/join"');
    expect(html).toContain('name="code"');
    expect(html).not.toMatch(/<script/i);
  });
  it("redirects a good code, normalised, to its join page", () => {
    expect(codeEntryOutcome(" k7q-m2p ")).toEqual({ redirect: "/join/K7QM2P" });
  });
  it("returns the form with the reason for a bad code, echoed safely", () => {
    const outcome = codeEntryOutcome("AB0");
    expect(outcome).toMatchObject({ status: 400 });
    const html = "html" in outcome ? outcome.html : "";
    expect(html).toContain('role="alert"');
    expect(html).toContain("Codes never contain O, 0, I, 1 or L");
    expect(html).toContain('value="AB0"');
    const hostile = codeEntryHtml('"><script>x</script>', "bad");
    expect(hostile).not.toContain("<script>x");
  });
});
